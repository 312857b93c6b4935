package budgetledger.core.yearend;

/** Prior-year figures stated from a document; the ledger's own prior year, once recorded, is compared with them and wins. */
@org.axonframework.serialization.Revision("1")
public record PriorYearFiguresDeclared(String departmentId, int year, java.util.Map<String, budgetledger.core.money.Money> figures, String document) implements budgetledger.core.common.LedgerEvent {
}
