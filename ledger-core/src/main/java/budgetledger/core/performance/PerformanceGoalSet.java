package budgetledger.core.performance;

import java.util.Map;

/** The goal text in force (a later one replaces an earlier one), with the evaluation template it chose and any weights it overrides, with their reason. A goal recorded before templates existed has none: it is evaluated on the default template of its scope ({@link EvaluationTemplates}), as it always was. */
@org.axonframework.serialization.Revision("1")
public record PerformanceGoalSet(String departmentId, int year, String projectCode, String goal, String achieved, String template, Map<String, String> weights, String weightsReason) implements budgetledger.core.common.LedgerEvent {

    /** A goal as recorded before templates: the default template, its weights. */
    public PerformanceGoalSet(String departmentId, int year, String projectCode, String goal, String achieved) {
        this(departmentId, year, projectCode, goal, achieved, null, null, null);
    }

}
