package budgetledger.core.budget;

/** The year's 政府采购预算. */
@org.axonframework.serialization.Revision("1")
public record ProcurementBudgetSet(String departmentId, int year, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
