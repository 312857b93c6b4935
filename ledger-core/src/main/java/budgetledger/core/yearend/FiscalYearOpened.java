package budgetledger.core.yearend;

/** The fiscal year is open for recording; carried lines become 上年结转 budget lines of the same fund nature. */
@org.axonframework.serialization.Revision("1")
public record FiscalYearOpened(String departmentId, String departmentName, int year, java.util.List<CarriedLine> carriedLines, String hashAlgorithm) implements budgetledger.core.common.LedgerEvent {
}
