package budgetledger.core.expenditure;

/** A recorded expenditure was reversed in full; {@code posting} is the reversed expenditure's posting (positive amounts, to subtract). */
@org.axonframework.serialization.Revision("2")
public record ExpenditureReversed(String departmentId, int year, String expenditureId, java.time.LocalDate businessDate, String reason, Posting posting) implements budgetledger.core.common.LedgerEvent {
}
