package budgetledger.projections.figures;

import java.math.BigDecimal;

/** An indicator row with its score as a number, for the sums of the evaluation. */
record ScoredIndicator(String level1, BigDecimal score, IndicatorRow row) {
}
