package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.math.BigDecimal;

/**
 * 年度指标值: the operator (指标性质), value (指标值) and unit (度量单位) used for scoring, and {@code text} exactly as
 * the form prints it (≥700册, 0%, 人均≤2000元, 考核合格). A bare number ("100%", "0%") means "=".
 */
public record Target(Operator operator, String value, String unit, String text) {

    public Target {
        if (text == null || text.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR, "指标值为空");
        }
        if (operator != Operator.QUALITATIVE && (value == null || unit == null)) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR, "定量指标须有数值和计量单位: " + text);
        }
        if (value != null) {
            try {
                new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new LedgerException(ErrorCode.INVALID_INDICATOR, "指标数值无效: " + value);
            }
        }
    }

    /**
     * Parses the printed text; explicit operator / value / unit, when given, win over the parse. A form that writes
     * the target in its own columns (指标性质 "=", 指标值 "100", 度量单位 "%") may leave the text out: it is then
     * written back as the form reads it ("=100%"), and a qualitative target's text is its 指标值 (考核合格).
     */
    public static Target of(String text, Operator operator, String value, String unit) {
        String v = blankToNull(value);
        String u = unit == null ? null : unit.strip().replace('％', '%');
        String printed = blankToNull(text);
        if (printed == null) {
            printed = written(operator, v, u);
        }
        if (operator == Operator.QUALITATIVE) {
            return new Target(Operator.QUALITATIVE, null, null, printed);
        }
        var parsed = Quantity.parse(printed);
        if (operator == null && v == null && parsed.isEmpty()) {
            return new Target(Operator.QUALITATIVE, null, null, printed);
        }
        Operator op = operator != null ? operator
                : parsed.map(p -> p.operator() == null ? Operator.EQ : p.operator()).orElse(Operator.EQ);
        String number = v != null ? v : parsed.map(Quantity.Parsed::value).orElse(null);
        String measure = u != null ? u : parsed.map(Quantity.Parsed::unit).orElse(null);
        return new Target(op, number, measure, printed);
    }

    /** The text of a target given only in the form's columns. */
    private static String written(Operator operator, String value, String unit) {
        if (operator == null || value == null) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR,
                    "缺少年度指标值：请填写 target（如 ≥700册），或同时填写指标性质 operator 和指标值 targetValue");
        }
        return operator == Operator.QUALITATIVE ? value : operator.symbol() + value + (unit == null ? "" : unit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The words the text puts before its number (人均 in 人均≤2000元); empty when none or qualitative. */
    public String prefix() {
        return qualitative() ? "" : Quantity.parse(text).map(Quantity.Parsed::prefix).orElse("");
    }

    public boolean qualitative() {
        return operator == Operator.QUALITATIVE;
    }

    public BigDecimal number() {
        return value == null ? null : new BigDecimal(value);
    }
}
