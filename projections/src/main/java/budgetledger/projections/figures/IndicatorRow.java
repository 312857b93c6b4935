package budgetledger.projections.figures;

/**
 * One row of a 绩效自评表 as the form prints it: target and actual as text (≥700册, 64.82%), weight and score
 * with trailing zeros stripped (5, 99.66). The target is also split as the provincial forms print it in their own
 * columns: {@code operator} 指标性质 (≥ ≤ = ＞ ＜, or 定性), {@code targetValue} 指标值 (700; a qualitative target's
 * text) and {@code unit} 度量单位 (册; empty when qualitative). {@code deviationReason} is null when none was given.
 */
public record IndicatorRow(String level1, String level2, String name, String target, String operator,
                           String targetValue, String unit, String actual, String weight, String score,
                           String deviationReason) {
}
