package budgetledger.app.sheets;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every kind of sheet reads from its cells the same way: dates as typed or as an XLSX serial, amounts with
 * thousands separators or as a number cell's stored decimal (never through a double), codes with their names beside
 * them, ids made from what a clerk typed. A cell that is none of these is a {@link Refusal} of its row.
 */
final class Cells {
    static final String MISSING_FIELD = "MISSING_FIELD";
    /** An ID may hold letters of any script, digits and - _ . : — anything else in a typed number is replaced. */
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

    private Cells() {
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
        throw new Refusal(ErrorCode.INVALID_DATE.name(), "日期“" + t + "”无法识别（应如 2024-03-01）");
    }

    /**
     * "12,345.60", "12345.6", "￥1,280.00 元", "-5", or a number cell's stored decimal, as a plain decimal string
     * (sign kept: whether it may be negative or zero is the caller's rule); never through a double.
     */
    static BigDecimal decimal(String text) {
        String t = text.replaceAll("[,，\\s元¥￥]", "");
        if (!DECIMAL.matcher(t).matches()) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "“" + text + "”不是金额");
        }
        BigDecimal value = new BigDecimal(t);
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        if (cents.subtract(value).abs().compareTo(BINARY_NOISE) < 0) {
            value = cents;
        }
        return value;
    }

    /** "30201" or "30201 办公费": the code, without the name some systems print beside it. */
    static String code(String text) {
        Matcher m = LEADING_CODE.matcher(text.trim());
        return m.matches() ? m.group(1) : text.trim();
    }

    /**
     * An id made of a prefix and typed text, the same for the same text every time: what an ID cannot hold is replaced,
     * and then (so "记 12" and "记/12" stay two ids) a digest of the text is appended, as it is past 80 characters.
     */
    static String id(String prefix, String typed) {
        String plain = NOT_ID.matcher(typed.trim()).replaceAll("-").replaceAll("^[-_:.]+|[-_:.]+$", "");
        String id = prefix + plain.replace("..", ".");
        if (!plain.equals(typed.trim()) || id.length() > 80) {
            id = id.substring(0, Math.min(id.length(), 80)) + "-" + digest(typed.trim()).substring(0, 10);
        }
        return id;
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row whose required cell is empty is refused: 缺少金额, … */
    static void requireFilled(List<? extends SheetColumn> columns, Map<SheetColumn, String> cells) {
        for (SheetColumn c : columns) {
            if (c.required() && cells.getOrDefault(c, "").isBlank()) {
                throw new Refusal(MISSING_FIELD, "缺少" + c.header());
            }
        }
    }

    /** The cell's text, or "" when the sheet has no such column. */
    static String cell(Map<SheetColumn, String> cells, SheetColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** A row a sheet's reader refuses before the ledger sees it: a code and the reason in Chinese. */
    static final class Refusal extends RuntimeException {
        final String code;

        Refusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
