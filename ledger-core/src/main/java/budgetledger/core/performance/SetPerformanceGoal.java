package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/** 绩效目标 of the department (projectCode null) or a project: the expected goal and, at year end, what was achieved. {@code template} (optional) is the {@link EvaluationTemplate} the evaluation is made on (blank: the seed's form of its scope, hunan-department-2020 or hunan-project-2020); {@code weights} (optional) override some of its parts' weights (预算执行, 产出 …), only with a {@code weightsReason}, and must still add up to 100. */
public record SetPerformanceGoal(String departmentId, int year, String projectCode, String goal, String achieved, String template, Map<String, String> weights, String weightsReason) implements budgetledger.core.common.LedgerCommand {

    /** On the default template of its scope, with its weights. */
    public SetPerformanceGoal(String departmentId, int year, String projectCode, String goal, String achieved) {
        this(departmentId, year, projectCode, goal, achieved, null, null, null);
    }

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
