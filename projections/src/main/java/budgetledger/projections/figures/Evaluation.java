package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.EvaluationTemplate;
import budgetledger.core.performance.Scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 自评得分 (docs/scoring.md R2, R3, R9, R15–R17): execution-rate points from the unrounded ratio, the indicator
 * scores summed by their 一级指标 (产出 / 效益 / 满意度) and capped at its weight, the total and its grade. Without a
 * budget the execution points are null — 不适用 — and the total is the parts' points scaled to the form's full marks
 * (R3); without indicators the total and grade are null — 未评价 — never a 差 for what nobody evaluated.
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
     * total scores and the grade, and returns what the evaluation says about its parts. Each part scores its
     * indicators' points, never above the part's weight in force ({@link PartScores}); a part the template lacks
     * scores nothing. A framework of 投入 15 + 过程 15 + 产出 40 + 效益 20 adds up to its form's 100 as printed.
     */
    static List<PartFinding> addScores(FigureSet f, ScoreNames names, BigDecimal execution,
                                       List<ScoredIndicator> scored, EvaluationTemplate template,
                                       Map<String, BigDecimal> weights, FiguresOptions o) {
        List<PartScores.Part> parts = PartScores.of(template, weights, scored);
        f.score(names.execution(), execution);
        f.score(names.input(), PartScores.counted(parts, "投入"));
        f.score(names.process(), PartScores.counted(parts, "过程"));
        f.score(names.output(), PartScores.counted(parts, "产出"));
        f.score(names.outcome(), PartScores.counted(parts, "效益"));
        f.score(names.satisfaction(), PartScores.counted(parts, "满意度"));
        BigDecimal total = scored.isEmpty() ? null
                : total(execution, parts, weights.get(EvaluationTemplate.EXECUTION_PART));
        f.score(names.total(), total);
        f.grade(names.grade(), total == null ? null : Scoring.grade(total, o.bands()));
        return PartScores.findings(parts, template.key());
    }

    /** Execution + the parts, each at most its weight; R3 when execution is 不适用. */
    private static BigDecimal total(BigDecimal execution, List<PartScores.Part> parts, BigDecimal executionWeight) {
        BigDecimal points = parts.stream().map(PartScores.Part::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (execution != null) {
            return execution.add(points);
        }
        BigDecimal weights = parts.stream().map(PartScores.Part::countedWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Scoring.withoutExecution(points, weights, executionWeight.add(weights));
    }
}
