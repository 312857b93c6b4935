package budgetledger.core.performance;

/** An indicator's outcome (a later one replaces an earlier one). */
@org.axonframework.serialization.Revision("1")
public record IndicatorOutcomeRecorded(String departmentId, int year, String indicatorId, Actual actual, Achievement achievement, String score, String deviationReason, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
