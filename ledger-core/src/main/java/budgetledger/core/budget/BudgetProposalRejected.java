package budgetledger.core.budget;

/** A proposed adjustment or transfer was rejected (驳回) with a reason; the rejecting user is the event's recordedBy. */
@org.axonframework.serialization.Revision("1")
public record BudgetProposalRejected(String departmentId, int year, String proposalId, String reason) implements budgetledger.core.common.LedgerEvent {
}
