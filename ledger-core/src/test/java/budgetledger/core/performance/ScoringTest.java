package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 财预〔2020〕10号 scoring as docs/scoring.md reads it, against the seed's printed scores. */
class ScoringTest {
    private static final BigDecimal TEN = BigDecimal.TEN;

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static void assertRefused(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    // ---- execution rate (R1, R2) ----

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
            "1796.78, 1860.75, 9.66",   // 附件2 部门整体
            "365.26, 378.30, 9.66",     // 附件3-1: 9.6553 → 9.66
            "10, 10, 10.00",            // 附件3-2
            "41.7, 41.7, 10.00"})       // 附件3-3
    void scoresTheSeedsExecutionRates(String executed, String budget, String points) {
        assertThat(Scoring.executionPoints(Money.parse(executed), Money.parse(budget), TEN, true))
                .isEqualTo(d(points));
    }

    @Test
    void executionRateIsTheUnroundedRatioToTheFullYearBudget() {
        BigDecimal ratio = Scoring.ratio(Money.parse("1796.78"), Money.parse("1860.75"));
        assertThat(ratio.setScale(6, java.math.RoundingMode.HALF_UP)).isEqualTo(d("0.965621"));
        assertThat(ratio.precision()).isGreaterThan(20);
        // the 年初 denominator would exceed 100 %: the full-year budget is the one that matches the seed
        assertThat(Scoring.ratio(Money.parse("1796.78"), Money.parse("1286.78"))).isGreaterThan(BigDecimal.ONE);
    }

    @Test
    void roundsHalfUpInDecimalWhereBinaryFloatingPointWouldRoundDown() {
        // 96.55 % of 10 points is exactly 9.655: decimal half-up gives 9.66, a double holds 9.65499… and gives 9.65
        assertThat(new BigDecimal(9.655).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(d("9.65"));
        assertThat(Scoring.quantitative(Operator.GE, d("100"), d("96.55"), TEN)).isEqualTo(d("9.66"));
        assertThat(Scoring.executionPoints(Money.parse("96.55"), Money.parse("100.00"), TEN, true)).isEqualTo(d("9.66"));
    }

    @Test
    void capsExecutionPointsAtTheWeightWhenAsked() {
        assertThat(Scoring.executionPoints(Money.parse("105"), Money.parse("100"), TEN, true)).isEqualTo(d("10.00"));
        assertThat(Scoring.executionPoints(Money.parse("105"), Money.parse("100"), TEN, false)).isEqualTo(d("10.50"));
    }

    @Test
    void doesNotScoreWithoutBudget() {
        assertThat(Scoring.ratio(Money.parse("5"), Money.ZERO)).isNull();
        assertThat(Scoring.executionPoints(Money.parse("5"), Money.ZERO, TEN, true)).isNull();
    }

    @ParameterizedTest(name = "{0} of {1}, form of {2} → {3}")
    @CsvSource({
            "85, 90, 100, 94.44",   // execution 不适用: 85 of the indicators' 90 scaled to 100
            "90, 90, 100, 100.00",
            "0, 90, 100, 0.00",
            "45, 60, 70, 52.50"})   // a form whose weights add up to 70 stays on its own scale
    void withoutExecutionTheIndicatorsAreScaledToTheFormsFullMarks(String points, String weights, String full,
                                                                   String total) {
        assertThat(Scoring.withoutExecution(d(points), d(weights), d(full))).isEqualTo(d(total));
    }

    @Test
    void withoutExecutionOrWeightedIndicatorsNothingIsEvaluated() {
        assertThat(Scoring.withoutExecution(BigDecimal.ZERO, BigDecimal.ZERO, d("100"))).isNull();
    }

    // ---- quantitative indicators (R4, R5, R6) ----

    @ParameterizedTest(name = "≥{0}, actual {1}, weight {2} → {3}")
    @CsvSource({
            "700, 1141, 5, 5",
            "700, 700, 5, 5",
            "700, 350, 5, 2.50",
            "8, 7, 5, 4.38",       // 0.875 × 5 = 4.375 → 4.38
            "80, -3, 10, 0.00"})   // a negative actual counts as 0
    void atLeastScoresByProportionWhenUnmet(String target, String actual, String weight, String score) {
        assertThat(Scoring.quantitative(Operator.GE, d(target), d(actual), d(weight))).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "≤{0}, actual {1}, weight {2} → {3}")
    @CsvSource({
            "100, 64.82, 2, 2",        // 三公经费控制率 64.82 % against ≤100 %: full
            "100, 100, 10, 10",
            "100, 150, 10, 5.00",      // half way to twice the target
            "2000, 2500, 10, 7.50",
            "100, 199.99, 10, 0.00",   // 0.0001 × 10 = 0.001 → 0.00
            "100, 200, 10, 0",         // zero at twice the target
            "100, 350, 10, 0"})
    void atMostFallsLinearlyToZeroAtTwiceTheTarget(String target, String actual, String weight, String score) {
        assertThat(Scoring.quantitative(Operator.LE, d(target), d(actual), d(weight))).isEqualByComparingTo(score);
    }

    @Test
    void equalsWithAPositiveTargetReadsAsAtLeast() {
        assertThat(Scoring.quantitative(Operator.EQ, d("100"), d("100"), TEN)).isEqualByComparingTo("10");
        assertThat(Scoring.quantitative(Operator.EQ, d("100"), d("90"), TEN)).isEqualByComparingTo("9.00");
        assertThat(Scoring.quantitative(Operator.EQ, d("100"), d("120"), TEN)).isEqualByComparingTo("10");
    }

    @Test
    void equalsZeroIsFullOnlyAtZero() {
        // 公务员考录差错率 0 %
        assertThat(Scoring.quantitative(Operator.EQ, d("0"), d("0"), d("5"))).isEqualByComparingTo("5");
        assertThat(Scoring.quantitative(Operator.EQ, d("0"), d("0.01"), d("5"))).isEqualByComparingTo("0");
        assertThat(Scoring.quantitative(Operator.EQ, d("0"), d("-1"), d("5"))).isEqualByComparingTo("5");
    }

    @Test
    void neverScoresAboveTheWeight() {
        assertThat(Scoring.quantitative(Operator.GE, d("900"), d("1097.88"), d("3"))).isEqualByComparingTo("3");
        assertThat(Scoring.quantitative(Operator.LE, d("41.7"), d("0"), d("15"))).isEqualByComparingTo("15");
    }

    @Test
    void qualitativeIndicatorsAreNotComputed() {
        assertThatThrownBy(() -> Scoring.quantitative(Operator.QUALITATIVE, d("1"), d("1"), TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- qualitative bands (R7) ----

    @ParameterizedTest(name = "{0} {1}/10 accepted")
    @CsvSource({
            "ACHIEVED, 8.00", "ACHIEVED, 10", "ACHIEVED, 9.5",
            "PARTIAL, 6.00", "PARTIAL, 7.99",
            "NOT_ACHIEVED, 0", "NOT_ACHIEVED, 5.99"})
    void acceptsQualitativeScoresInsideTheirBand(Achievement achievement, String score) {
        assertThat(Scoring.requireQualitativeScore(achievement, d(score), TEN)).isEqualTo(d(score));
    }

    @ParameterizedTest(name = "{0} {1}/10 refused")
    @CsvSource({
            "ACHIEVED, 7.99", "ACHIEVED, 10.01",
            "PARTIAL, 5.99", "PARTIAL, 8.00",
            "NOT_ACHIEVED, 6.00", "NOT_ACHIEVED, -0.01"})
    void refusesQualitativeScoresOutsideTheirBand(Achievement achievement, String score) {
        assertRefused(ErrorCode.SCORE_OUT_OF_BAND, () -> Scoring.requireQualitativeScore(achievement, d(score), TEN));
    }

    @Test
    void bandEdgesAreRoundedToTheCent() {
        // weight 15: 达成 from 12.00, 部分达成 from 9.00 up to (not incl.) 12.00
        assertThat(Scoring.requireQualitativeScore(Achievement.ACHIEVED, d("12"), d("15"))).isEqualTo(d("12"));
        assertRefused(ErrorCode.SCORE_OUT_OF_BAND,
                () -> Scoring.requireQualitativeScore(Achievement.PARTIAL, d("12.00"), d("15")));
        // weight 3.33: 达成 lower edge 2.664 → 2.66
        assertThat(Scoring.requireQualitativeScore(Achievement.ACHIEVED, d("2.66"), d("3.33"))).isEqualTo(d("2.66"));
    }

    // ---- units and grades (R9) ----

    @Test
    void unitsMustMatchBeforeAnyRatio() {
        Scoring.requireSameUnit("万元", "万元");
        Scoring.requireSameUnit(null, "");
        assertRefused(ErrorCode.UNIT_MISMATCH, () -> Scoring.requireSameUnit("万元", "元"));
        assertRefused(ErrorCode.UNIT_MISMATCH, () -> Scoring.requireSameUnit("%", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优", "99.66, 优", "90, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中", "59.99, 差", "0, 差"})
    void gradesByTheDefaultBands(String total, String grade) {
        assertThat(Scoring.grade(d(total), Scoring.GradeBands.DEFAULT)).isEqualTo(grade);
    }

    @Test
    void gradeBandsAreConfigurable() {
        Scoring.GradeBands legacy = new Scoring.GradeBands(d("80"), d("70"), d("60"));
        assertThat(Scoring.grade(d("85"), legacy)).isEqualTo("优");
        assertThat(Scoring.grade(d("85"), Scoring.GradeBands.DEFAULT)).isEqualTo("良");
    }

    @Test
    void seedDepartmentTotalIsExcellent() {
        BigDecimal execution = Scoring.executionPoints(Money.parse("1796.78"), Money.parse("1860.75"), TEN, true);
        BigDecimal total = execution.add(d("50")).add(d("30")).add(d("10"));
        assertThat(total).isEqualByComparingTo("99.66");
        assertThat(Scoring.grade(total, Scoring.GradeBands.DEFAULT)).isEqualTo("优");
    }
}
