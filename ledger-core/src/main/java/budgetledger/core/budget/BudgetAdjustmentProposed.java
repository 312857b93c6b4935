package budgetledger.core.budget;

/** An adjustment (追加/追减) was proposed; the proposer is the event's recordedBy/proposedBy. No effect on the line until approved. */
@org.axonframework.serialization.Revision("1")
public record BudgetAdjustmentProposed(String departmentId, int year, String proposalId, String lineId, AdjustmentDirection direction, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
