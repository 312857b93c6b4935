package budgetledger.projections.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a {@link Table} lands once row and column spans are taken into account: the XLSX renderer
 * merges these regions and the Markdown renderer (which has no spans) fills the covered positions with blanks.
 * Refuses a table whose rows overflow or leave holes in its columns.
 */
final class Grid {
    record Placed(int row, int column, Cell cell) {
    }

    private final int rows;
    private final int columns;
    private final List<Placed> cells;
    private final Placed[][] origin;

    private Grid(int rows, int columns, List<Placed> cells, Placed[][] origin) {
        this.rows = rows;
        this.columns = columns;
        this.cells = cells;
        this.origin = origin;
    }

    static Grid of(Table table) {
        int n = table.rows().size();
        int extra = 0;
        for (int r = 0; r < n; r++) {
            for (Cell c : table.rows().get(r)) {
                extra = Math.max(extra, r + c.rowspan() - n);
            }
        }
        Placed[][] at = new Placed[n + extra][table.columns()];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int c = 0;
            for (Cell cell : table.rows().get(r)) {
                while (c < table.columns() && at[r][c] != null) {
                    c++;
                }
                if (c + cell.colspan() > table.columns()) {
                    throw new IllegalStateException(where(table, r) + " overflows its " + table.columns() + " columns at \""
                            + cell.display() + "\"");
                }
                Placed p = new Placed(r, c, cell);
                placed.add(p);
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        if (at[r + dr][c + dc] != null) {
                            throw new IllegalStateException(where(table, r) + ": \"" + cell.display() + "\" overlaps \""
                                    + at[r + dr][c + dc].cell().display() + "\"");
                        }
                        at[r + dr][c + dc] = p;
                    }
                }
                c += cell.colspan();
            }
            for (int k = 0; k < table.columns(); k++) {
                if (at[r][k] == null) {
                    throw new IllegalStateException(where(table, r) + " leaves column " + k + " empty");
                }
            }
        }
        if (extra > 0) {
            throw new IllegalStateException((table.caption() == null ? "table" : table.caption())
                    + ": a cell spans past the last row");
        }
        return new Grid(n, table.columns(), placed, at);
    }

    private static String where(Table table, int row) {
        return (table.caption() == null ? "table" : table.caption()) + " row " + row;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    List<Placed> cells() {
        return cells;
    }

    /** The cell whose top-left corner is at this position, or null when the position is covered by a span. */
    Cell startingAt(int row, int column) {
        Placed p = origin[row][column];
        return p.row() == row && p.column() == column ? p.cell() : null;
    }
}
