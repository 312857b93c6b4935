package budgetledger.core.performance;

/** The goal text in force (a later one replaces an earlier one). */
@org.axonframework.serialization.Revision("1")
public record PerformanceGoalSet(String departmentId, int year, String projectCode, String goal, String achieved) implements budgetledger.core.common.LedgerEvent {
}
