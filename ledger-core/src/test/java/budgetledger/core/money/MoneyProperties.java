package budgetledger.core.money;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyProperties {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static boolean fits(BigInteger value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }

    @Property
    void formattingThenParsingGivesTheSameAmount(@ForAll long fen) {
        Money money = Money.ofFen(fen);
        assertThat(money.toString()).matches("-?\\d+\\.\\d{2}");
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Property
    void parsingThenFormattingKeepsTheYuanValue(@ForAll long fen) {
        String text = BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString(); // e.g. "12.3", "5"
        assertThat(new BigDecimal(Money.parse(text).toString())).isEqualByComparingTo(text);
    }

    @Property
    void aThirdDecimalDigitIsAlwaysRefused(@ForAll long fen, @ForAll @IntRange(min = 1, max = 9) int digit) {
        String text = Money.ofFen(fen).toString() + digit;
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
    }

    @Property
    void plusIsExactOrThrows(@ForAll long a, @ForAll long b) {
        BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (fits(sum)) {
            assertThat(Money.ofFen(a).plus(Money.ofFen(b)).fen()).isEqualTo(sum.longValueExact());
        } else {
            assertThatThrownBy(() -> Money.ofFen(a).plus(Money.ofFen(b))).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property
    void minusIsExactOrThrows(@ForAll long a, @ForAll long b) {
        BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        if (fits(difference)) {
            assertThat(Money.ofFen(a).minus(Money.ofFen(b)).fen()).isEqualTo(difference.longValueExact());
        } else {
            assertThatThrownBy(() -> Money.ofFen(a).minus(Money.ofFen(b))).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property
    void minusUndoesPlus(@ForAll long a, @ForAll long b) {
        Money x = Money.ofFen(a);
        Money y = Money.ofFen(b);
        if (fits(BigInteger.valueOf(a).add(BigInteger.valueOf(b)))) {
            assertThat(x.plus(y).minus(y)).isEqualTo(x);
        }
        if (fits(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)))) {
            assertThat(x.minus(y).plus(y)).isEqualTo(x);
        }
    }

    @Property
    void wanYuanIsWithinHalfAUnitOfTheExactValue(@ForAll long fen, @ForAll @IntRange(min = 0, max = 6) int scale) {
        Money money = Money.ofFen(fen);
        BigDecimal rounded = money.toWanYuan(scale);
        assertThat(rounded.scale()).isEqualTo(scale);
        BigDecimal error = rounded.subtract(money.toWanYuanExact()).abs();
        assertThat(error).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2)));
    }

    @Property
    void orderFollowsFen(@ForAll long a, @ForAll long b) {
        assertThat(Integer.signum(Money.ofFen(a).compareTo(Money.ofFen(b)))).isEqualTo(Long.compare(a, b));
        assertThat(Money.ofFen(a).greaterThan(Money.ofFen(b))).isEqualTo(a > b);
    }
}
