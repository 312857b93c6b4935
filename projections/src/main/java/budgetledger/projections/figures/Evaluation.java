package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.Scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 自评得分 (docs/scoring.md R2, R9): execution-rate points from the unrounded ratio, the indicator scores summed by
 * their 一级指标 (产出 / 效益 / 满意度), the total and its grade. The execution points are 0 when there is no
 * budget to execute against (R 1.2.5: not scored).
 */
final class Evaluation {
    private static final String[][] PARTS = {{"output", "产出"}, {"outcome", "效益"}, {"satisfaction", "满意度"}};

    private Evaluation() {
    }

    static BigDecimal executionPoints(Money executed, Money fullYearBudget, FiguresOptions o) {
        BigDecimal points = Scoring.executionPoints(executed, fullYearBudget, o.executionWeight(), o.capExecutionPoints());
        return points == null ? BigDecimal.ZERO : points;
    }

    /**
     * Adds {@code <prefix>execution}, {@code .output}, {@code .outcome}, {@code .satisfaction} and {@code .total}
     * scores and the grade. The department form totals its three parts; a project form totals all its rows.
     */
    static void addScores(FigureSet f, String prefix, String gradeName, BigDecimal execution,
                          List<ScoredIndicator> scored, boolean totalOfPartsOnly, FiguresOptions o) {
        f.score(prefix + "execution", execution);
        BigDecimal total = execution;
        for (String[] part : PARTS) {
            BigDecimal sum = sum(scored, part[1]);
            f.score(prefix + part[0], sum);
            total = totalOfPartsOnly ? total.add(sum) : total;
        }
        if (!totalOfPartsOnly) {
            total = total.add(sum(scored, ""));
        }
        f.score(prefix + "total", total);
        f.grade(gradeName, Scoring.grade(total, o.bands()));
    }

    private static BigDecimal sum(List<ScoredIndicator> scored, String level1Prefix) {
        return scored.stream()
                .filter(s -> s.level1() != null && s.level1().startsWith(level1Prefix))
                .map(ScoredIndicator::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
