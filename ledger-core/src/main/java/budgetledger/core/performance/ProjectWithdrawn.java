package budgetledger.core.performance;

/** A project registered by mistake left the year with the budget lines {@code lineIds} appropriated to it (none spent on, adjusted or transferred; null in withdrawals recorded before lines could go with their project): gone from the figures and reports, kept in the history; its code and the line ids may be registered again. */
@org.axonframework.serialization.Revision("1")
public record ProjectWithdrawn(String departmentId, int year, String projectCode, String reason, java.util.List<String> lineIds) implements budgetledger.core.common.LedgerEvent {
}
