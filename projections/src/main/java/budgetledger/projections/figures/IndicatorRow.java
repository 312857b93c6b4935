package budgetledger.projections.figures;

/**
 * One row of a 绩效自评表 as the form prints it: target and actual as text (≥700册, 64.82%), weight and score
 * with trailing zeros stripped (5, 99.66). {@code deviationReason} is null when none was given.
 */
public record IndicatorRow(String level1, String level2, String name, String target, String actual, String weight,
                           String score, String deviationReason) {
}
