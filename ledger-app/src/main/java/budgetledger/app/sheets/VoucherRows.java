package budgetledger.app.sheets;

import budgetledger.app.figures.YearState;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.money.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sheet row made into the body of a {@code RecordExpenditure}, as the API takes it — or the reason it cannot be:
 * a required cell empty, an amount or a date that is none, no budget line for its 项目 + 功能科目. Whether the ledger
 * accepts the body is the ledger's rules' decision, not this class's.
 */
final class VoucherRows {
    static final String MISSING_FIELD = "MISSING_FIELD";
    /** An ID may hold letters of any script, digits and - _ . : — anything else in a voucher number is replaced. */
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}_:.-]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
    private static final Pattern LEADING_CODE = Pattern.compile("(\\d{3,})\\D.*");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** A formula's cached result may carry a binary tail (0.30000000000000004): below this it is no third decimal. */
    private static final BigDecimal BINARY_NOISE = new BigDecimal("0.000001");

    private final String departmentId;
    private final int year;
    private final List<YearState.Line> lines;

    VoucherRows(String departmentId, int year, List<YearState.Line> lines) {
        this.departmentId = departmentId;
        this.year = year;
        this.lines = lines;
    }

    record Parsed(long row, String voucherNo, ObjectNode body, Finding refusal) {
    }

    Parsed parse(long row, Map<VoucherColumn, String> cells) {
        String voucher = cells.getOrDefault(VoucherColumn.VOUCHER, "");
        try {
            for (VoucherColumn c : VoucherColumn.values()) {
                if (c.required() && cells.getOrDefault(c, "").isBlank()) {
                    throw new RowRefusal(MISSING_FIELD, "缺少" + c.header());
                }
            }
            ObjectNode body = LedgerJson.mapper().createObjectNode();
            body.put("departmentId", departmentId);
            body.put("year", year);
            body.put("expenditureId", expenditureId(voucher));
            body.put("voucherNo", voucher);
            body.put("businessDate", date(cells.get(VoucherColumn.DATE)).toString());
            body.put("amount", amount(cells.get(VoucherColumn.AMOUNT)));
            String economic = code(cells.get(VoucherColumn.ECONOMIC));
            body.put("economicCode", economic);
            body.put("lineId", line(cells, economic));
            text(body, "summary", cells.get(VoucherColumn.SUMMARY));
            text(body, "payee", cells.get(VoucherColumn.PAYEE));
            count(body, VoucherColumn.RECEPTION_BATCHES, cells);
            count(body, VoucherColumn.RECEPTION_PERSONS, cells);
            body.put("procurement", yes(cells.getOrDefault(VoucherColumn.PROCUREMENT, "")));
            return new Parsed(row, voucher, body, null);
        } catch (RowRefusal r) {
            return new Parsed(row, voucher, null, new Finding(row, voucher, r.code, r.getMessage()));
        } catch (LedgerException e) {
            return new Parsed(row, voucher, null, new Finding(row, voucher, e.code().name(), e.getMessage()));
        }
    }

    /** The expenditure's id, the same for the same voucher number every time: "PZ-" and the number, made an ID. */
    static String expenditureId(String voucherNo) {
        String plain = NOT_ID.matcher(voucherNo.trim()).replaceAll("-").replaceAll("^[-_:.]+|[-_:.]+$", "");
        String id = "PZ-" + plain.replace("..", ".");
        if (!plain.equals(voucherNo.trim()) || id.length() > 80) {
            // two numbers that differ only in what an ID cannot hold ("记 12" and "记/12") stay two ids
            id = id.substring(0, Math.min(id.length(), 80)) + "-" + digest(voucherNo.trim()).substring(0, 10);
        }
        return id;
    }

    /** The idempotency key of a voucher in this department-year: with the content, it decides "already imported". */
    static String idempotencyKey(String departmentId, int year, String voucherNo) {
        return "voucher-import:" + digest(LedgerId.of(departmentId, year) + "\n" + voucherNo.trim()).substring(0, 32);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 2024-02-10, 2024/2/10, 2024.02.10, 2024年2月10日, 20240210, or the serial number an XLSX date cell holds. */
    static LocalDate date(String text) {
        String t = text.trim();
        try {
            Matcher m = DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(t).matches()) {
                // Excel's day count (its 1900 leap-day bug is why the epoch is the 30th); a time of day is dropped
                return EXCEL_EPOCH.plusDays(new BigDecimal(t).setScale(0, RoundingMode.FLOOR).longValueExact());
            }
        } catch (DateTimeException | ArithmeticException e) {
            // an impossible date (2024-02-30) is refused below like any other
        }
        throw new RowRefusal(ErrorCode.INVALID_DATE.name(), "日期“" + t + "”无法识别（应如 2024-03-01）");
    }

    /** "12,345.60", "12345.6", "￥1,280.00 元", or a number cell's stored decimal; never through a double. */
    static String amount(String text) {
        String t = text.replaceAll("[,，\\s元¥￥]", "");
        if (!DECIMAL.matcher(t).matches()) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "“" + text + "”不是金额");
        }
        BigDecimal value = new BigDecimal(t);
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        if (cents.subtract(value).abs().compareTo(BINARY_NOISE) < 0) {
            value = cents;
        }
        return Money.positive(value.stripTrailingZeros().toPlainString()).toString();
    }

    /**
     * "30201" or "30201 办公费" (经济科目), "2013201 行政运行" (功能科目): the code, without the name some systems — and
     * the templates' drop-downs — print beside it.
     */
    private static String code(String text) {
        Matcher m = LEADING_CODE.matcher(text.trim());
        return m.matches() ? m.group(1) : text.trim();
    }

    private String line(Map<VoucherColumn, String> cells, String economic) {
        String line = cells.getOrDefault(VoucherColumn.LINE, "");
        if (!line.isBlank()) {
            return line;
        }
        String project = cells.getOrDefault(VoucherColumn.PROJECT, "");
        String functional = code(cells.getOrDefault(VoucherColumn.FUNCTIONAL, ""));
        if (project.isBlank() && functional.isBlank()) {
            throw new RowRefusal(MISSING_FIELD, "缺少预算指标（或项目 + 功能科目）");
        }
        List<YearState.Line> found = lines.stream()
                .filter(l -> project.isBlank() || project.equals(Objects.toString(l.projectCode(), "")))
                .filter(l -> functional.isBlank() || functional.equals(l.functionalCode()))
                .toList();
        if (found.size() > 1) {
            List<YearState.Line> byEconomic = found.stream().filter(l -> economic.equals(l.economicCode())).toList();
            found = byEconomic.isEmpty() ? found : byEconomic;
        }
        String which = (project.isBlank() ? "" : "项目 " + project + " ") + (functional.isBlank() ? "" : "功能科目 " + functional);
        if (found.isEmpty()) {
            throw new RowRefusal(ErrorCode.UNKNOWN_LINE.name(), "没有" + which + "的预算指标");
        }
        if (found.size() > 1) {
            throw new RowRefusal("AMBIGUOUS_LINE", which + "对应多个预算指标（"
                    + String.join("、", found.stream().map(YearState.Line::lineId).toList()) + "）：请填写预算指标列");
        }
        return found.get(0).lineId();
    }

    private static void text(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static void count(ObjectNode body, VoucherColumn column, Map<VoucherColumn, String> cells) {
        String value = cells.getOrDefault(column, "").replaceAll("[\\s人批次]", "");
        if (value.isBlank()) {
            return;
        }
        try {
            body.put(column.field(), new BigDecimal(value).intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowRefusal("INVALID_NUMBER", column.header() + "“" + value + "”不是整数");
        }
    }

    private static boolean yes(String value) {
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "是", "Y", "YES", "TRUE", "1", "√", "✓" -> true;
            default -> false;
        };
    }

    /** A row this class refuses before the ledger sees it. */
    private static final class RowRefusal extends RuntimeException {
        final String code;

        RowRefusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
