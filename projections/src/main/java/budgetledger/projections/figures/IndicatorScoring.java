package budgetledger.projections.figures;

import budgetledger.core.performance.Achievement;
import budgetledger.core.performance.Actual;
import budgetledger.core.performance.Scoring;
import budgetledger.core.performance.Target;
import budgetledger.projections.fold.IndicatorDef;
import budgetledger.projections.fold.IndicatorOutcome;
import budgetledger.projections.fold.PerformanceFold;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Scores indicators by the rules of 财预〔2020〕10号 (docs/scoring.md R4–R7, in {@link Scoring}): a qualitative
 * indicator keeps the evaluator's score (validated in its band when recorded); a quantitative one is computed
 * from target and actual, the actual coming from the ledger when the indicator is bound to a measure. An
 * indicator without an outcome yet scores 0 and prints an empty actual.
 */
final class IndicatorScoring {
    private IndicatorScoring() {
    }

    static List<ScoredIndicator> score(List<IndicatorDef> defs, PerformanceFold performance, FigureSet department,
                                       FigureSet project) {
        List<ScoredIndicator> scored = defs.stream()
                .map(d -> score(d, performance.outcome(d.indicatorId()), department, project)).toList();
        return grouped(scored);
    }

    /**
     * Rows by 一级 then 二级 指标, each group where its first indicator was defined, the indicators in their order
     * within: an 产出 indicator defined after the 效益 ones joins its 产出 block instead of opening a second one.
     */
    static List<ScoredIndicator> grouped(List<ScoredIndicator> scored) {
        java.util.Map<String, java.util.Map<String, List<ScoredIndicator>>> groups = new java.util.LinkedHashMap<>();
        for (ScoredIndicator s : scored) {
            groups.computeIfAbsent(String.valueOf(s.level1()), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(s.row().level2()), k -> new java.util.ArrayList<>()).add(s);
        }
        return groups.values().stream().flatMap(byLevel2 -> byLevel2.values().stream()).flatMap(List::stream).toList();
    }

    private static ScoredIndicator score(IndicatorDef d, Optional<IndicatorOutcome> outcome, FigureSet department,
                                         FigureSet project) {
        BigDecimal weight = new BigDecimal(d.weight());
        String reason = outcome.map(IndicatorOutcome::deviationReason).orElse(null);
        String actualText = "";
        BigDecimal score = BigDecimal.ZERO;
        Target target = d.target();
        if (d.measure() != null) {
            MeasuredActual measured = MeasuredActual.of(d.measure(), target, department, project);
            if (measured != null) {
                actualText = measured.text();
                score = Scoring.quantitative(target.operator(), target.number(), measured.value(), weight, d.rule());
            }
        } else if (outcome.isPresent()) {
            Actual actual = outcome.get().actual();
            // a qualitative judgement recorded without words prints its band (达成年度指标), never an empty cell
            Achievement band = outcome.get().achievement();
            actualText = actual != null ? actual.text() : band != null ? band.nameZh() : "";
            score = target.qualitative() ? qualitative(outcome.get()) : quantitative(d, actual, weight);
        }
        IndicatorRow row = new IndicatorRow(d.level1(), d.level2(), d.name(), target.text(),
                target.operator().nameZh(), targetValue(target), target.qualitative() ? "" : target.unit(), actualText,
                plain(weight), plain(score), reason);
        return new ScoredIndicator(d.level1(), weight, score, row);
    }

    /**
     * 指标值 as its own column: the number, behind any words the text puts before it (人均≤2000元 → 人均2000, so
     * the row still says what is counted); a qualitative target's whole text.
     */
    private static String targetValue(Target target) {
        return target.qualitative() ? target.text() : target.prefix() + target.value();
    }

    private static BigDecimal qualitative(IndicatorOutcome outcome) {
        return outcome.score() == null ? BigDecimal.ZERO : new BigDecimal(outcome.score());
    }

    private static BigDecimal quantitative(IndicatorDef d, Actual actual, BigDecimal weight) {
        if (actual == null || !actual.quantitative()) {
            return BigDecimal.ZERO; // the ledger refuses such an outcome; an old stream may still hold one
        }
        return Scoring.quantitative(d.target().operator(), d.target().number(), actual.number(), weight, d.rule());
    }

    /** Weights and scores print as the forms print them: 5, 99.66, 0. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
