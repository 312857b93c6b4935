package budgetledger.projections.report;

import java.util.List;

/**
 * A table of {@code columns} columns; cells may span rows and columns. {@link Grid#of(Table)} places the cells
 * and refuses a table whose rows do not fill exactly its columns, so a layout slip fails loudly. {@code widths}
 * are the columns' relative widths in characters (null: equal), for the page and the sheet alike.
 */
public record Table(String caption, int columns, List<List<Cell>> rows, List<Integer> widths) {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        widths = widths == null ? null : List.copyOf(widths);
        if (widths != null && widths.size() != columns) {
            throw new IllegalArgumentException("widths for " + widths.size() + " columns, table has " + columns);
        }
    }

    public Table(String caption, int columns, List<List<Cell>> rows) {
        this(caption, columns, rows, null);
    }

    /** The width of each column in characters, {@code standard} for each when none were given. */
    int[] widthsOr(int standard) {
        int[] w = new int[columns];
        for (int c = 0; c < columns; c++) {
            w[c] = widths == null ? standard : widths.get(c);
        }
        return w;
    }
}
