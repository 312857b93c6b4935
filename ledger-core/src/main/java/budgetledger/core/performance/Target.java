package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.math.BigDecimal;

/**
 * 年度指标值: the operator, value and unit used for scoring, and {@code text} exactly as the form prints it
 * (≥700册, 0%, 人均≤2000元, 考核合格). A bare number ("100%", "0%") means "=".
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

    /** Parses the printed text; explicit operator / value / unit, when given, win over the parse. */
    public static Target of(String text, Operator operator, String value, String unit) {
        if (operator == Operator.QUALITATIVE) {
            return new Target(Operator.QUALITATIVE, null, null, text);
        }
        var parsed = Quantity.parse(text);
        if (operator == null && value == null && parsed.isEmpty()) {
            return new Target(Operator.QUALITATIVE, null, null, text);
        }
        Operator op = operator != null ? operator
                : parsed.map(p -> p.operator() == null ? Operator.EQ : p.operator()).orElse(Operator.EQ);
        String v = value != null ? value : parsed.map(Quantity.Parsed::value).orElse(null);
        String u = unit != null ? unit : parsed.map(Quantity.Parsed::unit).orElse(null);
        return new Target(op, v, u, text);
    }

    public boolean qualitative() {
        return operator == Operator.QUALITATIVE;
    }

    public BigDecimal number() {
        return value == null ? null : new BigDecimal(value);
    }
}
