package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 驳回: a pending adjustment or transfer is refused, with the reason; it never takes effect. */
public record RejectBudgetProposal(String departmentId, int year, String proposalId, String reason) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
