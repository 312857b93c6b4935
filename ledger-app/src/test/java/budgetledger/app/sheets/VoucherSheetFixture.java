package budgetledger.app.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A generated voucher sheet: rows of cells as a finance officer's export holds them (dates as date cells or text,
 * amounts as numbers, as "1,234.50" text or as formulas with their cached result), some deliberately bad, and what
 * the ledger must answer for each: the refusal code by row number, the rows it accepts and their total.
 */
final class VoucherSheetFixture {
    static final List<String> HEADERS = List.of("日期", "凭证号", "摘要", "预算指标", "经济科目", "金额", "收款人",
            "接待批次", "接待人数", "政府采购");

    /** One row: each cell a String (text), a BigDecimal (number), a LocalDate (date cell) or a Formula. */
    record Voucher(List<Object> cells, String expectedCode, BigDecimal amount) {
    }

    record Formula(String formula, BigDecimal cached) {
    }

    final List<Voucher> rows = new ArrayList<>();

    static VoucherSheetFixture generate(int count) {
        VoucherSheetFixture f = new VoucherSheetFixture();
        DecimalFormat grouped = new DecimalFormat("#,##0.00");
        for (int k = 0; k < count; k++) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(k % 360);
            BigDecimal amount = BigDecimal.valueOf(k % 997 + 1).add(new BigDecimal("0.25"));
            Object amountCell = switch (k % 3) {
                case 0 -> amount;
                case 1 -> grouped.format(amount);
                default -> new Formula(amount.subtract(BigDecimal.ONE).toPlainString() + "+1", amount);
            };
            Object dateCell = k % 2 == 0 ? date : date.toString().replace('-', '/');
            List<Object> cells = new ArrayList<>(List.of(dateCell, "记-" + k, "办公用品 " + k, "L-BIG",
                    new BigDecimal("30201"), amountCell, "益阳市某文具店", "", "", k % 50 == 0 ? "是" : "否"));
            f.rows.add(new Voucher(cells, null, amount));
        }
        if (count < 100) {
            return f;
        }
        f.bad(10, 4, new BigDecimal("99999"), "UNKNOWN_ECONOMIC_CODE");
        f.bad(20, 0, LocalDate.of(2023, 12, 31), "INVALID_DATE");
        f.bad(30, 5, "", "MISSING_FIELD");
        f.bad(50, 3, "L-NONE", "UNKNOWN_LINE");
        f.bad(80, 5, "12.345", "INVALID_AMOUNT");
        f.bad(90, 5, "十二元", "INVALID_AMOUNT");
        for (int k = 40; k <= 42; k++) {
            // three vouchers of 400.00 on a line of 1,000.00: the third is over budget, counting the two before it
            Voucher v = f.rows.get(k);
            v.cells().set(3, "L-SMALL");
            v.cells().set(5, new BigDecimal("400.00"));
            f.rows.set(k, new Voucher(v.cells(), k == 42 ? "BUDGET_EXCEEDED" : null, new BigDecimal("400.00")));
        }
        // the same voucher twice, the same: recorded once, the second a duplicate
        f.rows.set(60, new Voucher(new ArrayList<>(f.rows.get(59).cells()), "DUPLICATE", null));
        // the same voucher number with another amount: refused as changed
        List<Object> changed = new ArrayList<>(f.rows.get(69).cells());
        changed.set(5, new BigDecimal("7.00"));
        f.rows.set(70, new Voucher(changed, "VOUCHER_CHANGED", null));
        return f;
    }

    private void bad(int k, int column, Object value, String code) {
        Voucher v = rows.get(k);
        v.cells().set(column, value);
        rows.set(k, new Voucher(v.cells(), code, null));
    }

    /** Row number (the header is row 1) → expected refusal code. */
    Map<Long, String> expectedRefusals() {
        Map<Long, String> refusals = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).expectedCode();
            if (code != null && !code.equals("DUPLICATE")) {
                refusals.put(i + 2L, code);
            }
        }
        return refusals;
    }

    long expectedAccepted() {
        return rows.stream().filter(v -> v.expectedCode() == null).count();
    }

    BigDecimal expectedTotal() {
        return rows.stream().filter(v -> v.expectedCode() == null).map(Voucher::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void writeXlsx(Path file) throws Exception {
        writeXlsx(file, HEADERS, rows.stream().map(Voucher::cells).toList());
    }

    /** Any sheet of these headers and rows of cells (String, BigDecimal, LocalDate or Formula), as Excel writes it. */
    static void writeXlsx(Path file, List<String> headers, List<List<Object>> rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    write(row.createCell(c), cells.get(c), dateStyle);
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void write(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue()); // as Excel stores a number; the reader must not round it further
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
            cell.setCellValue(f.cached().doubleValue());
        } else if (!value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }

    /** The rows as CSV text (quoted per RFC 4180), every cell as its text. */
    String csv() {
        return csv(HEADERS, rows.stream().map(Voucher::cells).toList());
    }

    static String csv(List<String> headers, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (List<Object> cells : rows) {
            out.append(cells.stream().map(VoucherSheetFixture::text).map(VoucherSheetFixture::quote)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    void writeCsv(Path file, Charset charset) throws Exception {
        Files.writeString(file, csv(), charset);
    }

    private static String text(Object value) {
        if (value instanceof Formula f) {
            return f.cached().toPlainString();
        }
        return value instanceof BigDecimal n ? n.toPlainString() : value.toString();
    }

    static String quote(String text) {
        return text.matches(".*[\",\r\n].*") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
