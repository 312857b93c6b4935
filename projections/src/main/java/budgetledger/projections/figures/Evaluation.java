package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.Scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * 自评得分 (docs/scoring.md R2, R3, R9): execution-rate points from the unrounded ratio, the indicator scores summed
 * by their 一级指标 (产出 / 效益 / 满意度), the total and its grade. Without a budget the execution points are null —
 * 不适用 — and the total is the indicators' points scaled to the form's full marks (R3); without indicators the
 * total and grade are null — 未评价 — never a 差 for what nobody evaluated.
 */
final class Evaluation {
    /** The names a scope's scores are written under: the department's 附件2 or a project's 附件3. */
    record ScoreNames(FigureName execution, FigureName input, FigureName process, FigureName output,
                      FigureName outcome, FigureName satisfaction, FigureName total, FigureName grade) {
    }

    static final ScoreNames DEPARTMENT = new ScoreNames(FigureNames.EVALUATION_SCORE_EXECUTION,
            FigureNames.EVALUATION_SCORE_INPUT, FigureNames.EVALUATION_SCORE_PROCESS,
            FigureNames.EVALUATION_SCORE_OUTPUT, FigureNames.EVALUATION_SCORE_OUTCOME,
            FigureNames.EVALUATION_SCORE_SATISFACTION, FigureNames.EVALUATION_SCORE_TOTAL, FigureNames.EVALUATION_GRADE);
    static final ScoreNames PROJECT = new ScoreNames(FigureNames.PROJECT_SCORE_EXECUTION,
            FigureNames.PROJECT_SCORE_INPUT, FigureNames.PROJECT_SCORE_PROCESS,
            FigureNames.PROJECT_SCORE_OUTPUT, FigureNames.PROJECT_SCORE_OUTCOME, FigureNames.PROJECT_SCORE_SATISFACTION,
            FigureNames.PROJECT_SCORE_TOTAL, FigureNames.PROJECT_GRADE);

    private Evaluation() {
    }

    /** Null (不适用) when the full-year budget is zero: there was nothing to execute. */
    static BigDecimal executionPoints(Money executed, Money fullYearBudget, BigDecimal weight, FiguresOptions o) {
        return Scoring.executionPoints(executed, fullYearBudget, weight, o.capExecutionPoints());
    }

    /**
     * Adds the execution, 投入 (input), 过程 (process), 产出 (output), 效益 (outcome), 满意度 (satisfaction) and
     * total scores and the grade. Every indicator counts toward the total, whatever its 一级指标: a framework of
     * 投入 15 + 过程 15 + 产出 40 + 效益 20 adds up to its form's 100 as the form prints it.
     */
    static void addScores(FigureSet f, ScoreNames names, BigDecimal execution, List<ScoredIndicator> scored,
                          BigDecimal executionWeight, FiguresOptions o) {
        f.score(names.execution(), execution);
        f.score(names.input(), sum(scored, "投入", ScoredIndicator::score));
        f.score(names.process(), sum(scored, "过程", ScoredIndicator::score));
        f.score(names.output(), sum(scored, "产出", ScoredIndicator::score));
        f.score(names.outcome(), sum(scored, "效益", ScoredIndicator::score));
        f.score(names.satisfaction(), sum(scored, "满意度", ScoredIndicator::score));
        BigDecimal total = total(execution, scored, executionWeight);
        f.score(names.total(), total);
        f.grade(names.grade(), total == null ? null : Scoring.grade(total, o.bands()));
    }

    /** Execution + indicators; R3 when execution is 不适用; null (未评价) when no indicator is counted. */
    private static BigDecimal total(BigDecimal execution, List<ScoredIndicator> counted, BigDecimal executionWeight) {
        if (counted.isEmpty()) {
            return null;
        }
        BigDecimal points = sum(counted, "", ScoredIndicator::score);
        if (execution != null) {
            return execution.add(points);
        }
        BigDecimal weights = sum(counted, "", ScoredIndicator::weight);
        return Scoring.withoutExecution(points, weights, executionWeight.add(weights));
    }

    private static BigDecimal sum(List<ScoredIndicator> scored, String level1Prefix,
                                  Function<ScoredIndicator, BigDecimal> value) {
        return scored.stream()
                .filter(s -> s.level1() != null && s.level1().startsWith(level1Prefix))
                .map(value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
