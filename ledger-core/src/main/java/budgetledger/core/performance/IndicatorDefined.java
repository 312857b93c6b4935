package budgetledger.core.performance;

/** A performance indicator with its parsed target, weight (分值) and, where its framework has one, its scoring rule. */
@org.axonframework.serialization.Revision("1")
public record IndicatorDefined(String departmentId, int year, String indicatorId, String projectCode, String level1, String level2, String name, Target target, String weight, LedgerMeasure measure, ScoringRule rule) implements budgetledger.core.common.LedgerEvent {

    /** Scored by the proportional rules (every indicator defined before scoring rules existed). */
    public IndicatorDefined(String departmentId, int year, String indicatorId, String projectCode, String level1,
                            String level2, String name, Target target, String weight, LedgerMeasure measure) {
        this(departmentId, year, indicatorId, projectCode, level1, level2, name, target, weight, measure, null);
    }
}
