package budgetledger.core.establishment;

/** The establishment as declared on a date; a later declaration replaces an earlier one. */
@org.axonframework.serialization.Revision("1")
public record EstablishmentDeclared(String departmentId, int year, java.time.LocalDate businessDate, java.util.List<StaffGroup> staff, int retired, int vehiclesAuthorized, int vehiclesActual) implements budgetledger.core.common.LedgerEvent {
}
