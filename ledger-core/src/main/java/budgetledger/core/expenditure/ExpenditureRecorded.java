package budgetledger.core.expenditure;

/** Money was spent against a budget line. {@code posting} copies the line's keys so the event explains itself. */
@org.axonframework.serialization.Revision("2")
public record ExpenditureRecorded(String departmentId, int year, String expenditureId, java.time.LocalDate businessDate, Posting posting, String payee, String voucherNo, String summary) implements budgetledger.core.common.LedgerEvent {
}
