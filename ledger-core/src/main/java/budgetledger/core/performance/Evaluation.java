package budgetledger.core.performance;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The self-evaluation's statements (绩效自评): goals, the report's texts, and the submission with its score. */
public final class Evaluation {
    private static final List<String> GRADES = List.of("优", "良", "中", "差");

    private Evaluation() {
    }

    /**
     * A goal of the department (no project) or of a registered project, and optionally how it was achieved. The
     * indicators already registered for it must fit the template it chooses ({@link IndicatorParts}).
     */
    public static Fact goal(SetPerformanceGoal c, DepartmentYear dy, Projects projects, Indicators indicators) {
        String project = projects.optional(c.projectCode());
        String goal = Checks.text(c.goal(), "绩效目标");
        EvaluationTemplate template = EvaluationTemplates.forGoal(c.template(), project == null
                ? EvaluationTemplate.Scope.DEPARTMENT : EvaluationTemplate.Scope.PROJECT);
        IndicatorParts.requireAll(template, indicators.level1sOf(project));
        Map<String, String> weights = overriddenWeights(c, template);
        return new Fact(new PerformanceGoalSet(dy.departmentId(), dy.year(), project, goal,
                Checks.optional(c.achieved()), template.key(), weights, weights == null ? null : c.weightsReason().trim()),
                dy.yearEnd(), project == null ? "department" : project);
    }

    /**
     * A goal's own weights (docs/scoring.md, 评价模板): only with a reason, only for the template's parts, and the
     * whole must still add up to 100 — refused with the sum otherwise. Null when the goal keeps the template's.
     */
    private static Map<String, String> overriddenWeights(SetPerformanceGoal c, EvaluationTemplate template) {
        if (c.weights() == null || c.weights().isEmpty()) {
            return null;
        }
        if (c.weightsReason() == null || c.weightsReason().isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_WEIGHTS, "调整评价模板 " + template.key()
                    + " 的权重须说明理由 weightsReason");
        }
        Map<String, BigDecimal> effective = template.weightsWith(c.weights());
        EvaluationTemplate.requireHundred(effective, "绩效目标（评价模板 " + template.key() + "）");
        Map<String, String> given = new TreeMap<>();
        c.weights().forEach((part, w) -> given.put(part.trim(), effective.get(part.trim()).toPlainString()));
        return given;
    }

    public static Fact text(RecordEvaluationText c, DepartmentYear dy) {
        String section = Checks.id(c.section(), "章节 section");
        String text = Checks.text(c.text(), "文字内容 text");
        return new Fact(new EvaluationTextRecorded(dy.departmentId(), dy.year(), section, text), dy.yearEnd(), section);
    }

    /** 提交自评: the score and grade as computed at {@code figuresAsOf}, with the position and hash of those figures. */
    public static Fact submit(SubmitSelfEvaluation c, DepartmentYear dy) {
        Checks.required(c.figuresAsOf(), "figuresAsOf");
        if (c.scoreTotal() == null && c.grade() == null) {
            // docs/scoring.md: a year without indicators is 未评价 — there is nothing to submit, rather than a 差
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "未评价：本年度尚无绩效指标，不能提交自评");
        }
        Checks.text(c.scoreTotal(), "自评得分");
        if (!GRADES.contains(c.grade())) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "自评等级须为 优/良/中/差");
        }
        return new Fact(new SelfEvaluationSubmitted(dy.departmentId(), dy.year(), c.scoreTotal(), c.grade(),
                c.figuresAsOf(), c.lastSequence(), c.figuresHash()), dy.yearEnd(), "submission");
    }
}
