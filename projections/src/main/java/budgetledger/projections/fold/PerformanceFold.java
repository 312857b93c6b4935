package budgetledger.projections.fold;

import budgetledger.core.performance.EvaluationTextRecorded;
import budgetledger.core.performance.IndicatorDefined;
import budgetledger.core.performance.IndicatorOutcomeRecorded;
import budgetledger.core.performance.IndicatorWithdrawn;
import budgetledger.core.performance.PerformanceGoalSet;
import budgetledger.core.performance.PerformanceGoalWithdrawn;
import budgetledger.core.performance.ProjectRegistered;
import budgetledger.core.performance.ProjectWithdrawn;
import budgetledger.core.performance.SelfEvaluationSubmitted;

import budgetledger.core.performance.EvaluationTemplate;
import budgetledger.core.performance.EvaluationTemplates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 绩效: the definitions the evaluation is made of (projects, goals, indicators), the outcomes, the report's
 * prose and the submissions. Scores are not kept: they depend on ledger figures and are computed when read.
 */
@FoldState
public final class PerformanceFold {
    private TreeMap<String, ProjectDef> projects = new TreeMap<>();
    private TreeMap<String, IndicatorDef> indicators = new TreeMap<>();
    private TreeMap<String, IndicatorOutcome> outcomes = new TreeMap<>();
    private Goal departmentGoal;
    private TreeMap<String, Goal> projectGoals = new TreeMap<>();
    private TreeMap<String, String> texts = new TreeMap<>();
    private ArrayList<Submission> submissions = new ArrayList<>();

    void apply(Object payload, long sequence) {
        if (payload instanceof ProjectRegistered e) {
            projects.put(e.projectCode(), new ProjectDef(e.projectCode(), e.name(), e.category(),
                    e.implementingUnit(), sequence, e.categoryName()));
        } else if (payload instanceof IndicatorDefined e) {
            indicators.put(e.indicatorId(), new IndicatorDef(e.indicatorId(), e.projectCode(), e.level1(), e.level2(),
                    e.name(), e.target(), e.weight(), e.measure(), sequence, e.rule()));
        } else if (payload instanceof IndicatorOutcomeRecorded e) {
            outcomes.put(e.indicatorId(), new IndicatorOutcome(e.actual(), e.achievement(), e.score(),
                    e.deviationReason(), e.businessDate()));
        } else if (payload instanceof PerformanceGoalSet e) {
            Goal goal = new Goal(e.goal(), e.achieved(), e.template(),
                    e.weights() == null ? null : new TreeMap<>(e.weights()), e.weightsReason());
            if (e.projectCode() == null) {
                departmentGoal = goal;
            } else {
                projectGoals.put(e.projectCode(), goal);
            }
        } else if (payload instanceof EvaluationTextRecorded e) {
            texts.put(e.section(), e.text());
        } else if (payload instanceof SelfEvaluationSubmitted e) {
            submissions.add(new Submission(e.scoreTotal(), e.grade(), e.figuresAsOf(), e.lastSequence(),
                    e.figuresHash(), sequence));
        } else {
            withdraw(payload);
        }
    }

    /**
     * 撤回登记: a withdrawn registration leaves every figure and form; the ledger refused it while anything referred
     * to it, so nothing else is left pointing at it. The history keeps both events.
     */
    private void withdraw(Object payload) {
        if (payload instanceof ProjectWithdrawn e) {
            projects.remove(e.projectCode());
        } else if (payload instanceof IndicatorWithdrawn e) {
            indicators.remove(e.indicatorId());
            outcomes.remove(e.indicatorId());
        } else if (payload instanceof PerformanceGoalWithdrawn e) {
            if (e.projectCode() == null) {
                departmentGoal = null;
            } else {
                projectGoals.remove(e.projectCode());
            }
        }
    }

    /** Projects in registration order. */
    public List<ProjectDef> projects() {
        return projects.values().stream().sorted(Comparator.comparingLong(ProjectDef::sequence)).toList();
    }

    public Optional<ProjectDef> project(String code) {
        return Optional.ofNullable(code == null ? null : projects.get(code));
    }

    /** The department's indicators ({@code projectCode} null) or a project's, in definition order. */
    public List<IndicatorDef> indicatorsOf(String projectCode) {
        return indicators.values().stream()
                .filter(i -> Objects.equals(i.projectCode(), projectCode))
                .sorted(Comparator.comparingLong(IndicatorDef::sequence).thenComparing(IndicatorDef::indicatorId))
                .toList();
    }

    public Optional<IndicatorOutcome> outcome(String indicatorId) {
        return Optional.ofNullable(outcomes.get(indicatorId));
    }

    public Optional<Goal> departmentGoal() {
        return Optional.ofNullable(departmentGoal);
    }

    public Optional<Goal> projectGoal(String projectCode) {
        return Optional.ofNullable(projectGoals.get(projectCode));
    }

    /**
     * The evaluation template of the department's evaluation ({@code projectCode} null) or a project's: the one its
     * goal chose; with no goal, or a goal recorded before templates, the default of its scope (docs/scoring.md).
     */
    public EvaluationTemplate template(String projectCode) {
        Optional<Goal> goal = projectCode == null ? departmentGoal() : projectGoal(projectCode);
        return EvaluationTemplates.recorded(goal.map(Goal::template).orElse(null), projectCode != null);
    }

    /** The weights the evaluation is scored by: its template's, with its goal's override. */
    public Map<String, BigDecimal> weights(String projectCode) {
        Optional<Goal> goal = projectCode == null ? departmentGoal() : projectGoal(projectCode);
        return template(projectCode).weightsWith(goal.map(Goal::weights).orElse(null));
    }

    /** The weight of 预算执行率 in this evaluation: never a server setting, always its template's or goal's. */
    public BigDecimal executionWeight(String projectCode) {
        return weights(projectCode).get(EvaluationTemplate.EXECUTION_PART);
    }

    public Map<String, String> texts() {
        return java.util.Collections.unmodifiableMap(texts);
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerformanceFold f && projects.equals(f.projects) && indicators.equals(f.indicators)
                && outcomes.equals(f.outcomes) && Objects.equals(departmentGoal, f.departmentGoal)
                && projectGoals.equals(f.projectGoals) && texts.equals(f.texts) && submissions.equals(f.submissions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projects, indicators, outcomes, departmentGoal, projectGoals, texts, submissions);
    }
}
