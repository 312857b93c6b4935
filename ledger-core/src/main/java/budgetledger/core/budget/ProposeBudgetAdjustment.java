package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 提议追加/追减: a proposed adjustment of a line, with no effect until a different approver approves it. {@code proposalId} may be left empty (the ledger numbers it). */
public record ProposeBudgetAdjustment(String departmentId, int year, String proposalId, String lineId, AdjustmentDirection direction, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
