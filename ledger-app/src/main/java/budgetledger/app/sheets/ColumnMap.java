package budgetledger.app.sheets;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a sheet fills which field: by the header row's names (the {@link SheetKind}'s columns), overridden
 * by a mapping (header → field) given now or remembered for the department. A sheet lacking a required column — for
 * vouchers, or both 预算指标 and 项目 + 功能科目 — is not read until a mapping names it.
 */
public record ColumnMap(SheetKind kind, List<String> headers, Map<Integer, SheetColumn> columns, List<SheetColumn> missing) {

    public static ColumnMap of(SheetKind kind, List<String> headerRow, Map<String, String> mapping) {
        // a header mapped to no known field ("" or "ignore") is left aside, whatever its name says
        Map<String, Optional<SheetColumn>> mapped = new LinkedHashMap<>();
        mapping.forEach((header, field) -> mapped.put(VoucherColumn.normal(header), kind.ofField(field)));
        Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
        Set<SheetColumn> seen = new HashSet<>();
        for (int i = 0; i < headerRow.size(); i++) {
            String normal = VoucherColumn.normal(headerRow.get(i));
            Optional<SheetColumn> column = mapped.containsKey(normal) ? mapped.get(normal) : kind.ofHeader(headerRow.get(i));
            // the first column of a kind counts: a second 金额 (say 贷方) is left aside rather than mixed in
            if (column.isPresent() && seen.add(column.get())) {
                columns.put(i, column.get());
            }
        }
        return new ColumnMap(kind, List.copyOf(headerRow), Map.copyOf(columns), List.copyOf(kind.missing(seen)));
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The row's cells by column (absent cells blank). */
    public Map<SheetColumn, String> cells(List<String> row) {
        Map<SheetColumn, String> cells = new LinkedHashMap<>();
        columns.forEach((i, c) -> cells.put(c, i < row.size() && row.get(i) != null ? row.get(i).trim() : ""));
        return cells;
    }
}
