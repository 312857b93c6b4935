package budgetledger.core.performance;

/** An indicator defined by mistake left the year: gone from the scoring and the forms, kept in the history. */
@org.axonframework.serialization.Revision("1")
public record IndicatorWithdrawn(String departmentId, int year, String indicatorId, String reason) implements budgetledger.core.common.LedgerEvent {
}
