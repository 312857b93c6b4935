package budgetledger.core.budget;

/** A transfer (调剂) was proposed; the proposer is the event's recordedBy/proposedBy. No effect on the lines until approved. */
@org.axonframework.serialization.Revision("1")
public record BudgetTransferProposed(String departmentId, int year, String proposalId, String fromLineId, String toLineId, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
