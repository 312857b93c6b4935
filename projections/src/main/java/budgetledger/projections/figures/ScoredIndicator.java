package budgetledger.projections.figures;

import java.math.BigDecimal;

/** An indicator row with its weight and score as numbers, for the sums of the evaluation. */
record ScoredIndicator(String level1, BigDecimal weight, BigDecimal score, IndicatorRow row) {
}
