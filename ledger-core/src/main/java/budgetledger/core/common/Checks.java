package budgetledger.core.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The input checks every feature's rules use — presence, identifiers, text, business dates, instants. Each failure
 * is a {@link LedgerException} with a Chinese message; amounts are checked by {@code Money}.
 */
public final class Checks {
    private static final int MAX_TEXT = 20_000;

    private Checks() {
    }

    public static void required(Object value, String what) {
        if (value == null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "缺少" + what);
        }
    }

    public static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "不能为空");
        }
        String v = value.trim();
        if (v.length() > 100) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "过长（最多 100 字符）");
        }
        return v;
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "不能为空");
        }
        if (value.length() > MAX_TEXT) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "过长（最多 " + MAX_TEXT + " 字符）");
        }
        return value.trim();
    }

    public static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "文字过长（最多 " + MAX_TEXT + " 字符）");
        }
        return value.trim();
    }

    public static LocalDate date(LocalDate date, int year) {
        if (date == null) {
            throw new LedgerException(ErrorCode.INVALID_DATE, "业务日期不能为空");
        }
        if (date.getYear() != year) {
            throw new LedgerException(ErrorCode.INVALID_DATE, date + " 不在 " + year + " 年度内");
        }
        return date;
    }

    public static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "时间格式无效（应为 ISO-8601）: " + text);
            }
        }
    }
}
