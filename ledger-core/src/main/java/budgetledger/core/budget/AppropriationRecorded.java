package budgetledger.core.budget;

/** A budget line (预算指标) exists with this amount. */
@org.axonframework.serialization.Revision("1")
public record AppropriationRecorded(String departmentId, int year, String lineId, budgetledger.core.classification.LineKind kind, budgetledger.core.classification.FundNature fundNature, budgetledger.core.classification.Vintage vintage, String functionalCode, String economicCode, String projectCode, budgetledger.core.money.Money amount, boolean initial, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
