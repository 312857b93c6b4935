package budgetledger.core.common;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The input checks every feature's rules use — presence, identifiers, text, business dates. Each failure
 * is a {@link LedgerException} with a Chinese message; amounts are checked by {@code Money}.
 */
public final class Checks {
    private static final int MAX_TEXT = 20_000;
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_:.-]*");

    private Checks() {
    }

    public static void required(Object value, String what) {
        if (value == null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "缺少" + what);
        }
    }

    /**
     * Identifiers (编号 of lines, expenditures, receipts, projects, indicators, proposals, sections): letters of any
     * script, digits, and {@code - _ . :} inside, at most 100 — never {@code /}, {@code ..}, spaces or markup, so an
     * id is always safe in a URL path, a file name and a report.
     */
    public static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "不能为空");
        }
        requirePlainCharacters(value, what);
        String v = Normalizer.normalize(value.trim(), Normalizer.Form.NFC);
        if (v.length() > 100) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "过长（最多 100 字符）");
        }
        if (!ID.matcher(v).matches() || v.contains("..")) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST,
                    what + "只能由字母、数字和 - _ . : 组成，以字母或数字开头（不含空格、/ 或 ..）");
        }
        return v;
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "不能为空");
        }
        return clean(value, what);
    }

    public static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return clean(value, "文字");
    }

    /**
     * Text as it is stored: trimmed, in Unicode NFC (so the same words always compare and hash alike), without
     * control characters other than tab and line breaks, and without broken surrogates — refused, never replaced.
     */
    private static String clean(String value, String what) {
        if (value.length() > MAX_TEXT) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "过长（最多 " + MAX_TEXT + " 字符）");
        }
        requirePlainCharacters(value, what);
        return Normalizer.normalize(value.trim(), Normalizer.Form.NFC);
    }

    /** Checked before trimming, which would silently drop control characters at either end. */
    private static void requirePlainCharacters(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "含有无效的 Unicode 字符");
            } else if (Character.getType(ch) == Character.CONTROL && ch != '\t' && ch != '\n' && ch != '\r') {
                throw new LedgerException(ErrorCode.INVALID_REQUEST,
                        String.format("%s含有控制字符 U+%04X", what, (int) ch));
            }
        }
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
}
