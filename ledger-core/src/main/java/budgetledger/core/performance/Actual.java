package budgetledger.core.performance;

import java.math.BigDecimal;

/**
 * 实际完成值: {@code text} as printed (1141册, 64.82%, 无扣分项); value and unit when it is a quantity.
 */
public record Actual(String value, String unit, String text) {

    public static Actual parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Quantity.parse(text)
                .filter(p -> p.prefix().isEmpty() && p.operator() == null)
                .map(p -> new Actual(p.value(), p.unit(), text.trim()))
                .orElse(new Actual(null, null, text.trim()));
    }

    public boolean quantitative() {
        return value != null;
    }

    public BigDecimal number() {
        return value == null ? null : new BigDecimal(value);
    }
}
