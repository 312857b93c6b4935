package budgetledger.core.performance;

/** A performance indicator with its parsed target and weight (分值). */
@org.axonframework.serialization.Revision("1")
public record IndicatorDefined(String departmentId, int year, String indicatorId, String projectCode, String level1, String level2, String name, Target target, String weight, LedgerMeasure measure) implements budgetledger.core.common.LedgerEvent {
}
