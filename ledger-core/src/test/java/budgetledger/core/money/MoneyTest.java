package budgetledger.core.money;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {
    static void assertRefusedAsInvalidAmount(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
    }

    @Test
    void parsesYuanWithFenExactly() {
        assertThat(Money.parse("1796.78").fen()).isEqualTo(179_678L);
        assertThat(Money.parse("17967800.00").fen()).isEqualTo(1_796_780_000L);
    }

    @ParameterizedTest
    @CsvSource({"0.1, 10", "5, 500", " 12.30 , 1230", "-3.00, -300", "1.230, 123", "0, 0"})
    void parsesShorterForms(String text, long fen) {
        assertThat(Money.parse(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "0.001", "-0.005", "1796.785"})
    void refusesMoreThanTwoDecimalsInsteadOfRounding(String text) {
        assertRefusedAsInvalidAmount(() -> Money.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "1,000.00", "¥10", "1e"})
    void refusesWhatIsNotANumber(String text) {
        assertRefusedAsInvalidAmount(() -> Money.parse(text));
    }

    @Test
    void refusesNull() {
        assertRefusedAsInvalidAmount(() -> Money.parse(null));
    }

    @Test
    void refusesAmountsBeyondTheRangeOfFen() {
        assertRefusedAsInvalidAmount(() -> Money.parse("92233720368547758.08"));
        assertThat(Money.parse("92233720368547758.07").fen()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void positiveRefusesZeroAndNegative() {
        assertRefusedAsInvalidAmount(() -> Money.positive("0"));
        assertRefusedAsInvalidAmount(() -> Money.positive("-0.01"));
        assertThat(Money.positive("0.01").fen()).isEqualTo(1);
    }

    @Test
    void formatsWithExactlyTwoDecimals() {
        assertThat(Money.ofFen(179_678)).hasToString("1796.78");
        assertThat(Money.ofFen(5)).hasToString("0.05");
        assertThat(Money.ofFen(-300)).hasToString("-3.00");
        assertThat(Money.ZERO).hasToString("0.00");
        assertThat(Money.ofFen(1_796_780_000L)).hasToString("17967800.00");
    }

    @Test
    void convertsToWanYuanRoundingHalfUpOnce() {
        assertThat(Money.parse("17967800.00").toWanYuan(2)).isEqualByComparingTo("1796.78");
        // 1234.50 元 = 0.12345 万元: half-up gives 0.1235 where half-even would give 0.1234
        assertThat(Money.parse("1234.50").toWanYuan(4)).isEqualTo(new BigDecimal("0.1235"));
        assertThat(Money.parse("1234.49").toWanYuan(4)).isEqualTo(new BigDecimal("0.1234"));
        assertThat(Money.parse("-1234.50").toWanYuan(4)).isEqualTo(new BigDecimal("-0.1235"));
        assertThat(Money.parse("142600.00").toWanYuan(2)).isEqualTo(new BigDecimal("14.26"));
        assertThat(Money.parse("50.00").toWanYuan(2)).isEqualTo(new BigDecimal("0.01"));
        assertThat(Money.parse("49.99").toWanYuan(2)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void convertsToExactWanYuan() {
        assertThat(Money.parse("0.01").toWanYuanExact()).isEqualByComparingTo("0.000001");
        assertThat(Money.parse("17967800.00").toWanYuanExact()).isEqualByComparingTo("1796.78");
    }

    @Test
    void addsAndSubtractsInFen() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.parse("1860.75").minus(Money.parse("1796.78"))).isEqualTo(Money.parse("63.97"));
        assertThat(Money.parse("5.00").negate()).isEqualTo(Money.parse("-5.00"));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesBySignAndSize() {
        assertThat(Money.parse("1.00").greaterThan(Money.parse("0.99"))).isTrue();
        assertThat(Money.parse("0.99").greaterThan(Money.parse("0.99"))).isFalse();
        assertThat(Money.parse("-1").compareTo(Money.ZERO)).isNegative();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.parse("0.01").isPositive()).isTrue();
        assertThat(Money.parse("-0.01").isNegative()).isTrue();
    }

    @Test
    void requirePositiveRefusesZero() {
        assertRefusedAsInvalidAmount(() -> Money.ZERO.requirePositive());
    }

    @Test
    void serializesAsYuanStringAndBack() throws Exception {
        String json = LedgerJson.mapper().writeValueAsString(Money.parse("1796.7"));
        assertThat(json).isEqualTo("\"1796.70\"");
        assertThat(LedgerJson.mapper().readValue(json, Money.class)).isEqualTo(Money.ofFen(179_670));
    }

    @Test
    void jsonWithThreeDecimalsIsRefused() {
        for (String json : new String[]{"\"1.234\"", "1.234"}) {
            assertThatThrownBy(() -> LedgerJson.mapper().readValue(json, Money.class))
                    .isInstanceOf(LedgerException.class)
                    .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
        }
    }

    @Test
    void aJsonNumberIsReadAsItsExactDecimalNeverAsADouble() throws Exception {
        assertThat(LedgerJson.mapper().readValue("1796.78", Money.class)).isEqualTo(Money.ofFen(179_678));
        assertThat(LedgerJson.mapper().readValue("0.1", Money.class)).isEqualTo(Money.ofFen(10));
        assertThat(LedgerJson.mapper().readValue("92233720368547758", Money.class)).isEqualTo(Money.ofFen(9_223_372_036_854_775_800L));
    }

    /** Only ASCII digits are an amount: a full-width or exponent form is refused, not read as 1280.00 or 100.00. */
    @ParameterizedTest
    @ValueSource(strings = {"１２８０.００", "1e2", "1E2", "+5", "1,280.00", "0x10", "١٢", "12.", ".5", "NaN", "Infinity"})
    void refusesAnythingButPlainDigits(String text) {
        assertRefusedAsInvalidAmount(() -> Money.parse(text));
    }

    @Test
    void aJsonNumberIsReadExactlyAndStillRefusedPastTwoDecimals() throws Exception {
        assertThat(LedgerJson.mapper().readValue("12345678.91", Money.class).fen()).isEqualTo(1_234_567_891L);
        assertThat(LedgerJson.mapper().readValue("1280", Money.class).fen()).isEqualTo(128_000L);
        assertThatThrownBy(() -> LedgerJson.mapper().readValue("1.234", Money.class))
                .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e) == null ? e
                        : org.assertj.core.util.Throwables.getRootCause(e)).isInstanceOf(LedgerException.class)
                        .hasMessageContaining("超过两位小数"));
    }
}
