package budgetledger.core.performance;

/** The goal of the department ({@code projectCode} null) or of a project was withdrawn: no goal is in force until one is set again. */
@org.axonframework.serialization.Revision("1")
public record PerformanceGoalWithdrawn(String departmentId, int year, String projectCode, String reason) implements budgetledger.core.common.LedgerEvent {
}
