package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 撤回登记: a project registered by mistake, withdrawn with a reason and with its budget lines while none is spent on, adjusted, transferred or carried — refused once such a line, an indicator or a goal names it. */
public record WithdrawProject(String departmentId, int year, String projectCode, String reason) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
