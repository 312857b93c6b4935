package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.core.performance.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The actual of an indicator bound to a ledger measure, taken from the ledger and never typed: money in the
 * target's unit to at most two decimals, as the forms print money (10978800.00 元 against "≥900万元" prints 1097.88万元;
 * 899.95 元 prints 0.09万元), a rate in percent with two decimals (64.82%). {@code value} is unrounded, in the
 * target's unit, for scoring.
 */
record MeasuredActual(String text, BigDecimal value) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Reads the measure from {@code department}, or from {@code project} for project-scoped measures; null when
     * the ledger has no value (a rate over a zero budget) or the unit cannot take it.
     */
    static MeasuredActual of(LedgerMeasure measure, Target target, FigureSet department, FigureSet project) {
        FigureSet figures = measure.projectScoped() ? project : department;
        if (figures == null) {
            return null;
        }
        FigureName name = FigureNames.of(measure);
        return measure.rate() ? percent(figures.ratio(name), target) : money(figures.money(name), target);
    }

    private static MeasuredActual percent(BigDecimal ratio, Target target) {
        if (ratio == null || !"%".equals(target.unit())) {
            return null;
        }
        BigDecimal percent = ratio.multiply(HUNDRED);
        return new MeasuredActual(percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%", percent);
    }

    private static MeasuredActual money(Money amount, Target target) {
        BigDecimal value = switch (target.unit() == null ? "" : target.unit()) {
            case "万元" -> amount.toWanYuanExact();
            case "元" -> amount.toYuan().stripTrailingZeros();
            default -> null;
        };
        // printed to at most two decimals, as the forms print money (41.7万元 as the target was written, never
        // 0.089995万元 beside fund rows of two decimals); scored unrounded
        return value == null ? null : new MeasuredActual(
                value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + target.unit(), value);
    }
}
