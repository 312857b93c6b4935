package budgetledger.core.performance;

import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The year's projects (项目): registered once by code; project lines, goals and indicators name a registered one.
 * Also which goals are in force, since a goal is what a project withdrawal and a goal withdrawal must know about.
 */
public final class Projects {
    /** The department's own goal, keyed apart from any project code (a code is never blank). */
    private static final String DEPARTMENT_GOAL = "";
    private final Set<String> codes = new HashSet<>();
    /** Goals in force by scope (the department's, or a project code) → the template key they chose (null: default). */
    private final Map<String, String> goals = new HashMap<>();

    public Fact register(RegisterProject c, DepartmentYear dy) {
        String code = Checks.id(c.projectCode(), "项目编号");
        if (codes.contains(code)) {
            throw new LedgerException(ErrorCode.DUPLICATE_PROJECT, code);
        }
        Checks.required(c.category(), "项目类别 category");
        String name = Checks.text(c.name(), "项目名称");
        // OWN: a category the department names itself; the shipped ones carry their template's name, not one typed
        String categoryName = c.category() == ProjectCategory.OWN
                ? Checks.text(c.categoryName(), "自定项目类别名称 categoryName") : null;
        if (c.category() != ProjectCategory.OWN && Checks.optional(c.categoryName()) != null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "categoryName 只用于自定类别（category OWN），收到 "
                    + c.category() + " 与 “" + c.categoryName().trim() + "”");
        }
        return new Fact(new ProjectRegistered(dy.departmentId(), dy.year(), code, name, c.category(),
                Checks.optional(c.implementingUnit()), categoryName), dy.yearEnd(), code);
    }

    /**
     * 撤回登记: only a project nothing refers to. Its budget lines go with it while none is real money yet —
     * {@code linesGoingWith} (the budget rules) names them or refuses, naming the expenditure or document that refers
     * to one; an indicator or a goal is withdrawn first, so each withdrawal says what it removes.
     */
    public Fact withdraw(WithdrawProject c, DepartmentYear dy, Function<String, List<String>> linesGoingWith,
                         Indicators indicators) {
        String code = c.projectCode() == null ? null : c.projectCode().trim();
        if (code == null || !codes.contains(code)) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, c.projectCode());
        }
        String reason = Checks.text(c.reason(), "撤回理由 reason");
        List<String> lines = linesGoingWith.apply(code);
        if (indicators.anyOfProject(code)) {
            throw new LedgerException(ErrorCode.REGISTRATION_IN_USE, "项目 " + code + " 下已有绩效指标，须先撤回指标");
        }
        if (goals.containsKey(code)) {
            throw new LedgerException(ErrorCode.REGISTRATION_IN_USE, "项目 " + code + " 已设定绩效目标，须先撤回目标");
        }
        return new Fact(new ProjectWithdrawn(dy.departmentId(), dy.year(), code, reason, lines), dy.yearEnd(), code);
    }

    /**
     * 撤回绩效目标: the department's (no project) or a project's goal, when one is in force. The evaluation returns
     * to its scope's default template, so the indicators registered must fit that one ({@link IndicatorParts}).
     */
    public Fact withdrawGoal(WithdrawPerformanceGoal c, DepartmentYear dy, Indicators indicators) {
        String project = Checks.optional(c.projectCode());
        if (!goals.containsKey(project == null ? DEPARTMENT_GOAL : project)) {
            throw new LedgerException(ErrorCode.UNKNOWN_GOAL, project == null ? "本部门整体绩效目标" : "项目 " + project);
        }
        String reason = Checks.text(c.reason(), "撤回理由 reason");
        IndicatorParts.requireAll(EvaluationTemplates.recorded(null, project != null), indicators.level1sOf(project));
        return new Fact(new PerformanceGoalWithdrawn(dy.departmentId(), dy.year(), project, reason), dy.yearEnd(),
                project == null ? "department" : project);
    }

    /** No project (blank), or a registered one: UNKNOWN_PROJECT otherwise. */
    public String optional(String projectCode) {
        if (projectCode == null || projectCode.isBlank()) {
            return null;
        }
        if (!codes.contains(projectCode)) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, projectCode);
        }
        return projectCode;
    }

    /** The template the department's ({@code projectCode} null) or a project's evaluation is on now. */
    public EvaluationTemplate template(String projectCode) {
        return EvaluationTemplates.recorded(goals.get(projectCode == null ? DEPARTMENT_GOAL : projectCode),
                projectCode != null);
    }

    public void registered(ProjectRegistered e) {
        codes.add(e.projectCode());
    }

    public void withdrawn(ProjectWithdrawn e) {
        codes.remove(e.projectCode());
    }

    public void goalSet(PerformanceGoalSet e) {
        goals.put(e.projectCode() == null ? DEPARTMENT_GOAL : e.projectCode(), e.template());
    }

    public void goalWithdrawn(PerformanceGoalWithdrawn e) {
        goals.remove(e.projectCode() == null ? DEPARTMENT_GOAL : e.projectCode());
    }
}
