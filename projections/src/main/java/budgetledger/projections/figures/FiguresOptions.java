package budgetledger.projections.figures;

import budgetledger.core.performance.Scoring;

import java.math.BigDecimal;

/**
 * The deployment's scoring choices (docs/scoring.md): whether the execution-rate points are capped at their
 * weight when more than the budget was spent, the weight of the execution rate (财预〔2020〕10号: 10), and the
 * grade bands (default 90/80/60).
 */
public record FiguresOptions(boolean capExecutionPoints, BigDecimal executionWeight, Scoring.GradeBands bands) {
    public static final FiguresOptions DEFAULT = new FiguresOptions(true, BigDecimal.TEN, Scoring.GradeBands.DEFAULT);
}
