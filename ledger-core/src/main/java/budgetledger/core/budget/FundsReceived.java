package budgetledger.core.budget;

/** Income arrived (本年收入 or 收回以前年度资金). */
@org.axonframework.serialization.Revision("1")
public record FundsReceived(String departmentId, int year, String receiptId, budgetledger.core.classification.FundNature fundNature, FundSource source, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
