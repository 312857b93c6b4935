package budgetledger.core.performance;

/** A project registered by mistake left the year: gone from the figures and reports, kept in the history; its code may be registered again. */
@org.axonframework.serialization.Revision("1")
public record ProjectWithdrawn(String departmentId, int year, String projectCode, String reason) implements budgetledger.core.common.LedgerEvent {
}
