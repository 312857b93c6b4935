package budgetledger.core.budget;

/** A line's full-year budget went up (追加) or down (追减). */
@org.axonframework.serialization.Revision("1")
public record BudgetAdjusted(String departmentId, int year, String lineId, AdjustmentDirection direction, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
