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

    /**
     * A bare number ("8" under a target of "=8个") is in the target's unit, as the forms write it: it becomes 8个.
     * A number with a unit of its own is left as it is, for the unit check to judge.
     */
    public Actual inUnitOf(Target target) {
        boolean bare = value != null && (unit == null || unit.isEmpty());
        return bare && target.unit() != null && !target.unit().isEmpty()
                ? new Actual(value, target.unit(), value + target.unit()) : this;
    }

    public boolean quantitative() {
        return value != null;
    }

    public BigDecimal number() {
        return value == null ? null : new BigDecimal(value);
    }
}
