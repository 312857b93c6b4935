package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scoring rules of the older provincial 部门整体支出 frameworks, with the worked examples of their wording:
 * 预算完成率 满分 at ≤100 %, 每超过一个百分点扣0.5分，扣完为止; 预算控制率 ≤5 % 满分, 5–10 % 得一半, 超过10 % 不得分;
 * 每低于5 % 扣2分.
 */
class ScoringRuleTest {
    private static final String SOURCE = "湖南省部门整体支出绩效评价指标体系（试行）";
    private static final BigDecimal FIVE = new BigDecimal("5");

    private static BigDecimal score(ScoringRule rule, String target, String actual, String weight) {
        Target t = Target.of(target, null, null, null);
        ScoringRule checked = rule.checked(t, new BigDecimal(weight));
        return Scoring.quantitative(t.operator(), t.number(), new BigDecimal(actual), new BigDecimal(weight), checked);
    }

    @ParameterizedTest(name = "完成率 {0}% → {1} 分")
    @CsvSource({"100, 5.00", "95, 5.00", "103, 3.50", "101.5, 4.25", "110, 0.00", "130, 0.00"})
    void deductionHalfAPointForEachPercentOverTheTargetUntilNoneIsLeft(String actual, String expected) {
        ScoringRule rule = new ScoringRule(ScoringRule.Kind.DEDUCTION, "1", "0.5", null, SOURCE);
        assertThat(score(rule, "≤100%", actual, "5")).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "控制率 {0}% → {1} 分")
    @CsvSource({"0, 5.00", "4.99, 5.00", "5, 5.00", "7.5, 2.50", "10, 2.50", "10.01, 0.00", "35, 0.00"})
    void bandsGiveFullMarksUpToFivePercentHalfToTenAndNothingBeyond(String actual, String expected) {
        ScoringRule rule = new ScoringRule(ScoringRule.Kind.BANDS, null, null, List.of(
                new ScoringRule.Band(null, "5", "5"), new ScoringRule.Band(null, "10", "2.5"),
                new ScoringRule.Band(null, null, "0")), SOURCE);
        assertThat(score(rule, "≤5%", actual, "5")).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "执行率 {0}% → {1} 分")
    @CsvSource({"100, 10.00", "96, 10.00", "95, 8.00", "93, 8.00", "89, 6.00", "40, 0.00"})
    void stepsTakeTwoPointsForEachWholeFivePercentShort(String actual, String expected) {
        ScoringRule rule = new ScoringRule(ScoringRule.Kind.STEPS, "5", "2", null, SOURCE);
        // 96: 4 short, no whole step; 95: one step; 89: 11 short, two steps; 40: twelve steps, floored at zero
        assertThat(score(rule, "≥100%", actual, "10")).isEqualByComparingTo(expected);
    }

    @Test
    void aRuleIsRefusedWhenItCannotScoreItsIndicator() {
        Target rate = Target.of("≤100%", null, null, null);
        assertRefused(() -> new ScoringRule(null, "1", "0.5", null, SOURCE).checked(rate, FIVE), "类型");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.DEDUCTION, "1", "0.5", null, " ").checked(rate, FIVE),
                "出处");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.DEDUCTION, "0", "0.5", null, SOURCE).checked(rate, FIVE),
                "须大于 0");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.STEPS, "5", "6", null, SOURCE).checked(rate, FIVE),
                "超过该指标分值");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.BANDS, null, null, List.of(), SOURCE).checked(rate, FIVE),
                "各档");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.BANDS, null, null,
                List.of(new ScoringRule.Band("10", "5", "5")), SOURCE).checked(rate, FIVE), "大于上限");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.BANDS, null, null,
                List.of(new ScoringRule.Band(null, "5", "6")), SOURCE).checked(rate, FIVE), "0 到该指标分值");
        assertRefused(() -> new ScoringRule(ScoringRule.Kind.DEDUCTION, "1", "0.5", null, SOURCE)
                .checked(Target.of("考核合格", null, null, null), FIVE), "定性指标");
    }

    private static void assertRefused(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.INVALID_INDICATOR))
                .hasMessageContaining(message);
    }
}
