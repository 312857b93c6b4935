package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 审批: a different user than the proposer approves a pending adjustment or transfer; only now does it take effect (BudgetAdjusted / BudgetTransferred, with proposedBy and approvedBy). */
public record ApproveBudgetProposal(String departmentId, int year, String proposalId) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
