package budgetledger.projections.figures;

/**
 * A 一级指标 whose registered indicators' 分值 do not add up to its weight in the evaluation (docs/scoring.md,
 * 一级指标得分): {@code part} as the template names it (产出), {@code level1} as the form prints it (产出指标),
 * {@code weight} the weight in force — the template's or the goal's override ({@code overridden}) — or null when the
 * template has no such part, {@code registered} the sum of its indicators' 分值, and {@code note} the line the
 * report prints ("产出指标分值合计 55.00，与模板权重 60 不符"). A finding, never a refusal: the score is still computed,
 * each part capped at its weight, so the grade does not move silently but the form says why its parts look odd.
 */
public record PartFinding(String part, String level1, String weight, boolean overridden, String registered,
                          String note) {
}
