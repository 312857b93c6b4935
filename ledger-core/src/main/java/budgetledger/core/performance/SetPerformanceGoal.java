package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 绩效目标 of the department (projectCode null) or a project: the expected goal and, at year end, what was achieved. */
public record SetPerformanceGoal(String departmentId, int year, String projectCode, String goal, String achieved) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
