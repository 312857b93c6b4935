package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 撤回登记: the goal in force of the department ({@code projectCode} null) or of a project, withdrawn with a reason. */
public record WithdrawPerformanceGoal(String departmentId, int year, String projectCode, String reason) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
