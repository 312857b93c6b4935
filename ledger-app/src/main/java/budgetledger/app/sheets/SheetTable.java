package budgetledger.app.sheets;

import java.util.List;

/**
 * One table of an export: its name (the XLSX sheet's, and the title line of a CSV that holds several tables), its
 * headers and its rows. A cell is text ({@link String}), a number ({@link java.math.BigDecimal}) or null (empty).
 */
public record SheetTable(String name, List<String> headers, List<List<Object>> rows) {
    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
