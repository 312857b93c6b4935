package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.Scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 自评得分 (docs/scoring.md R2, R9): execution-rate points from the unrounded ratio, the indicator scores summed by
 * their 一级指标 (产出 / 效益 / 满意度), the total and its grade. The execution points are 0 when there is no
 * budget to execute against (R 1.2.5: not scored).
 */
final class Evaluation {
    /** The names a scope's scores are written under: the department's 附件2 or a project's 附件3. */
    record ScoreNames(FigureName execution, FigureName output, FigureName outcome, FigureName satisfaction,
                      FigureName total, FigureName grade) {
    }

    static final ScoreNames DEPARTMENT = new ScoreNames(FigureNames.EVALUATION_SCORE_EXECUTION,
            FigureNames.EVALUATION_SCORE_OUTPUT, FigureNames.EVALUATION_SCORE_OUTCOME,
            FigureNames.EVALUATION_SCORE_SATISFACTION, FigureNames.EVALUATION_SCORE_TOTAL, FigureNames.EVALUATION_GRADE);
    static final ScoreNames PROJECT = new ScoreNames(FigureNames.PROJECT_SCORE_EXECUTION,
            FigureNames.PROJECT_SCORE_OUTPUT, FigureNames.PROJECT_SCORE_OUTCOME, FigureNames.PROJECT_SCORE_SATISFACTION,
            FigureNames.PROJECT_SCORE_TOTAL, FigureNames.PROJECT_GRADE);

    private Evaluation() {
    }

    static BigDecimal executionPoints(Money executed, Money fullYearBudget, FiguresOptions o) {
        BigDecimal points = Scoring.executionPoints(executed, fullYearBudget, o.executionWeight(), o.capExecutionPoints());
        return points == null ? BigDecimal.ZERO : points;
    }

    /**
     * Adds the execution, 产出 (output), 效益 (outcome), 满意度 (satisfaction) and total scores and the grade. The
     * department form totals its three parts; a project form totals all its rows.
     */
    static void addScores(FigureSet f, ScoreNames names, BigDecimal execution,
                          List<ScoredIndicator> scored, boolean totalOfPartsOnly, FiguresOptions o) {
        f.score(names.execution(), execution);
        BigDecimal output = sum(scored, "产出");
        BigDecimal outcome = sum(scored, "效益");
        BigDecimal satisfaction = sum(scored, "满意度");
        f.score(names.output(), output);
        f.score(names.outcome(), outcome);
        f.score(names.satisfaction(), satisfaction);
        BigDecimal total = totalOfPartsOnly ? execution.add(output).add(outcome).add(satisfaction)
                : execution.add(sum(scored, ""));
        f.score(names.total(), total);
        f.grade(names.grade(), Scoring.grade(total, o.bands()));
    }

    private static BigDecimal sum(List<ScoredIndicator> scored, String level1Prefix) {
        return scored.stream()
                .filter(s -> s.level1() != null && s.level1().startsWith(level1Prefix))
                .map(ScoredIndicator::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
