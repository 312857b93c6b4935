package budgetledger.core.yearend;

/** The year is closed: nothing more can be recorded in it. */
@org.axonframework.serialization.Revision("1")
public record FiscalYearClosed(String departmentId, int year, java.time.LocalDate closingDate, java.util.List<CarriedLine> carried, budgetledger.core.money.Money lapsed) implements budgetledger.core.common.LedgerEvent {
}
