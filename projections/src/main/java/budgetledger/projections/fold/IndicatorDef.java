package budgetledger.projections.fold;

import budgetledger.core.performance.ScoringRule;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.core.performance.Target;

/**
 * A performance indicator as defined; {@code projectCode} null for a department indicator. {@code sequence}
 * keeps the form's row order, which a JSONB object would lose.
 */
public record IndicatorDef(String indicatorId, String projectCode, String level1, String level2, String name,
                           Target target, String weight, LedgerMeasure measure, long sequence, ScoringRule rule) {
}
