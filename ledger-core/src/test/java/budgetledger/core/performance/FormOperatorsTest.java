package budgetledger.core.performance;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicators as the provincial forms write them: 指标性质 in its own column (≥ ≤ = ＞ ＜ 定性, or their ASCII and
 * full-width spellings, or the names), 指标值 and 度量单位 beside it (docs/scoring.md, Indicators; R6a).
 */
class FormOperatorsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "≥, GE", "≧, GE", ">=, GE", "＞＝, GE", "GE, GE", "ge, GE",
            "≤, LE", "≦, LE", "<=, LE", "＜＝, LE", "LE, LE",
            "=, EQ", "＝, EQ", "EQ, EQ",
            "＞, GT", ">, GT", "GT, GT",
            "＜, LT", "<, LT", "LT, LT",
            "定性, QUALITATIVE", "QUALITATIVE, QUALITATIVE", "' 定性 ', QUALITATIVE"})
    void readsTheOperatorAsFormsAndRequestsWriteIt(String written, Operator expected) {
        assertThat(Operator.parse(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"约等于", "≈", "GTE", "=>>"})
    void refusesAnOperatorItCannotReadInChinese(String written) {
        assertThatThrownBy(() -> Operator.parse(written)).isInstanceOfSatisfying(LedgerException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR);
            assertThat(e.getMessage()).contains("指标性质", written, "≥ ≤ = ＞ ＜ 定性");
        });
    }

    @Test
    void theFormsSymbolIsWhatItPrintsAndTheStoredNameIsUnchanged() throws Exception {
        assertThat(Operator.GT.nameZh()).isEqualTo("＞");
        assertThat(Operator.LT.nameZh()).isEqualTo("＜");
        assertThat(Operator.QUALITATIVE.nameZh()).isEqualTo("定性");
        // stored events keep the constant's name, so an event recorded before still reads back
        assertThat(LedgerJson.mapper().writeValueAsString(Operator.GE)).isEqualTo("\"GE\"");
        assertThat(LedgerJson.mapper().readValue("\"GE\"", Operator.class)).isEqualTo(Operator.GE);
        assertThat(LedgerJson.mapper().readValue("\"≥\"", Operator.class)).isEqualTo(Operator.GE);
    }

    @Test
    void aTargetGivenOnlyInTheFormsColumnsIsWrittenBackAsTheFormReadsIt() {
        assertThat(Target.of(null, Operator.EQ, "100", "%")).isEqualTo(new Target(Operator.EQ, "100", "%", "=100%"));
        assertThat(Target.of("", Operator.parse("≥"), "700", "册"))
                .isEqualTo(new Target(Operator.GE, "700", "册", "≥700册"));
        assertThat(Target.of(null, Operator.parse("＜"), "5", "％"))
                .isEqualTo(new Target(Operator.LT, "5", "%", "＜5%"));
        // a qualitative target's 指标值 is its text
        assertThat(Target.of(null, Operator.parse("定性"), "考核合格", null))
                .isEqualTo(new Target(Operator.QUALITATIVE, null, null, "考核合格"));
    }

    @Test
    void refusesAFormTargetWithoutItsValue() {
        assertThatThrownBy(() -> Target.of(null, Operator.EQ, " ", "%"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR);
                    assertThat(e.getMessage()).contains("指标值");
                });
        assertThatThrownBy(() -> Target.of(null, null, null, null)).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> Target.of(null, Operator.EQ, "百分之百", "%"))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR));
    }

    @Test
    void anImportLineWritesTheOperatorAsTheFormDoes() {
        Object command = CommandLine.parse("""
                {"command":"DefineIndicator","departmentId":"d","year":2024,"indicatorId":"I-1","level1":"产出指标",\
                "level2":"质量指标","name":"验收合格率","operator":"=","targetValue":"100","unit":"%","weight":"10"}""")
                .command();
        assertThat(command).isInstanceOfSatisfying(DefineIndicator.class, c -> {
            assertThat(c.operator()).isEqualTo(Operator.EQ);
            IndicatorDefined e = IndicatorRules.define("d", 2024, "I-1", null, c);
            assertThat(e.target()).isEqualTo(new Target(Operator.EQ, "100", "%", "=100%"));
        });
    }

    @Test
    void anUnreadableOperatorInAnImportLineIsRefusedWithTheIndicatorsCode() {
        assertThatThrownBy(() -> CommandLine.parse("""
                {"command":"DefineIndicator","departmentId":"d","year":2024,"indicatorId":"I-1","level1":"产出指标",\
                "level2":"质量指标","name":"验收合格率","operator":"约","targetValue":"100","unit":"%","weight":"10"}"""))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR));
    }

    // ---- R6a: ＞ and ＜ ----

    @ParameterizedTest(name = "＞{0}, actual {1}, weight {2} → {3}")
    @CsvSource({
            "90, 95, 10, 10",      // strictly beyond: full
            "90, 90, 10, 9.99",    // the boundary, which ≥ would pass, is short of full marks
            "90, 45, 10, 5.00",    // a shortfall scores as ≥ scores it
            "0, 0, 10, 0.00",
            "0, 1, 10, 10"})
    void greaterThanNeedsToBeStrictlyBeyondForFullMarks(String target, String actual, String weight, String score) {
        assertThat(Scoring.quantitative(Operator.GT, d(target), d(actual), d(weight))).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "＜{0}, actual {1}, weight {2} → {3}")
    @CsvSource({
            "5, 4, 10, 10",
            "5, 5, 10, 9.99",
            "100, 150, 10, 5.00",  // beyond the target: as ≤, linear to zero at twice the target
            "100, 200, 10, 0"})
    void lessThanNeedsToBeStrictlyBelowForFullMarks(String target, String actual, String weight, String score) {
        assertThat(Scoring.quantitative(Operator.LT, d(target), d(actual), d(weight))).isEqualByComparingTo(score);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
