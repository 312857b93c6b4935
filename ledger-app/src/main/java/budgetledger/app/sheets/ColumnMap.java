package budgetledger.app.sheets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a sheet fills which field: by the header row's names ({@link VoucherColumn}), overridden by a mapping
 * (header → field) given now or remembered for the department. A sheet lacking a required column — or both 预算指标
 * and 项目 + 功能科目 — is not read until a mapping names it.
 */
public record ColumnMap(List<String> headers, Map<Integer, VoucherColumn> columns, List<VoucherColumn> missing) {

    public static ColumnMap of(List<String> headerRow, Map<String, String> mapping) {
        // a header mapped to no known field ("" or "ignore") is left aside, whatever its name says
        Map<String, Optional<VoucherColumn>> mapped = new LinkedHashMap<>();
        mapping.forEach((header, field) -> mapped.put(VoucherColumn.normal(header), VoucherColumn.ofField(field)));
        Map<Integer, VoucherColumn> columns = new LinkedHashMap<>();
        Set<VoucherColumn> seen = EnumSet.noneOf(VoucherColumn.class);
        for (int i = 0; i < headerRow.size(); i++) {
            String normal = VoucherColumn.normal(headerRow.get(i));
            Optional<VoucherColumn> column = mapped.containsKey(normal) ? mapped.get(normal)
                    : VoucherColumn.ofHeader(headerRow.get(i));
            // the first column of a kind counts: a second 金额 (say 贷方) is left aside rather than mixed in
            if (column.isPresent() && seen.add(column.get())) {
                columns.put(i, column.get());
            }
        }
        List<VoucherColumn> missing = new ArrayList<>();
        for (VoucherColumn c : VoucherColumn.values()) {
            if (c.required() && !seen.contains(c)) {
                missing.add(c);
            }
        }
        if (!seen.contains(VoucherColumn.LINE)
                && !(seen.contains(VoucherColumn.PROJECT) || seen.contains(VoucherColumn.FUNCTIONAL))) {
            missing.add(VoucherColumn.LINE);
        }
        return new ColumnMap(List.copyOf(headerRow), Map.copyOf(columns), List.copyOf(missing));
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The row's cells by column (absent cells blank). */
    public Map<VoucherColumn, String> cells(List<String> row) {
        Map<VoucherColumn, String> cells = new LinkedHashMap<>();
        columns.forEach((i, c) -> cells.put(c, i < row.size() && row.get(i) != null ? row.get(i).trim() : ""));
        return cells;
    }
}
