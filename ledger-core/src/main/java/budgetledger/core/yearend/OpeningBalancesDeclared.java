package budgetledger.core.yearend;

/** The opening balances of a department's first ledger year: each line becomes a 上年结转 budget line, as a close would carry it. */
@org.axonframework.serialization.Revision("1")
public record OpeningBalancesDeclared(String departmentId, int year, java.util.List<CarriedLine> lines, String document) implements budgetledger.core.common.LedgerEvent {
}
