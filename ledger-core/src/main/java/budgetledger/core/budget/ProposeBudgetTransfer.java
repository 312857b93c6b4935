package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 提议调剂: a proposed transfer between two lines, with no effect until a different approver approves it. {@code proposalId} may be left empty (the ledger numbers it). */
public record ProposeBudgetTransfer(String departmentId, int year, String proposalId, String fromLineId, String toLineId, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
