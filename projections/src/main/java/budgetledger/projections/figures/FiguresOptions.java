package budgetledger.projections.figures;

import budgetledger.core.performance.Scoring;

/**
 * The deployment's scoring choices (docs/scoring.md): whether the execution-rate points are capped at their
 * weight when more than the budget was spent, and the grade bands (default 90/80/60). The execution weight is not
 * one of them: it is the evaluation's template's (or its goal's), see {@code PerformanceFold#executionWeight}.
 */
public record FiguresOptions(boolean capExecutionPoints, Scoring.GradeBands bands) {
    public static final FiguresOptions DEFAULT = new FiguresOptions(true, Scoring.GradeBands.DEFAULT);
}
