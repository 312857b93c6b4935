package budgetledger.projections.fold;

import budgetledger.core.performance.Achievement;
import budgetledger.core.performance.Actual;

import java.time.LocalDate;

/** The latest recorded outcome of an indicator (a later one replaces an earlier one). */
public record IndicatorOutcome(Actual actual, Achievement achievement, String score, String deviationReason,
                               LocalDate businessDate) {
}
