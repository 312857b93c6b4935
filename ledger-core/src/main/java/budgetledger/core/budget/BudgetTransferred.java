package budgetledger.core.budget;

/** Budget authority moved from one line to another (调剂). */
@org.axonframework.serialization.Revision("1")
public record BudgetTransferred(String departmentId, int year, String fromLineId, String toLineId, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
