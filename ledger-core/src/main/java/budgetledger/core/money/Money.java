package budgetledger.core.money;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money in yuan with fen: a {@code long} count of fen (分). Never floating point.
 * Arithmetic is overflow-checked; BigDecimal appears only at the edges (parsing, display).
 * Serialized as a yuan string with exactly two decimals, e.g. {@code "17967800.00"}.
 */
@JsonDeserialize(using = Money.Json.class)
public record Money(long fen) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);
    private static final BigDecimal FEN_PER_WAN = BigDecimal.valueOf(1_000_000);
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Parses yuan ("1234.5", "-3.00"): ASCII digits, an optional minus sign and decimal point, nothing else — a
     * full-width "１２８０.００" or an exponent "1e2" is refused, not read as 1280.00 or 100.00. More than two
     * decimals is refused, never rounded.
     */
    public static Money parse(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额为空");
        }
        String text = yuan.trim();
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "“" + yuan + "”不是金额（应为半角数字，如 1280.00）");
        }
        return ofYuan(new BigDecimal(text));
    }

    public static Money ofYuan(BigDecimal yuan) {
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, yuan.toPlainString() + " 超过两位小数");
        }
        try {
            return new Money(yuan.multiply(FEN_PER_YUAN).longValueExact());
        } catch (ArithmeticException e) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, yuan.toPlainString() + " 超出可记录范围");
        }
    }

    /** Parses an amount that must be strictly positive (every recorded amount is). */
    public static Money positive(String yuan) {
        Money m = parse(yuan);
        m.requirePositive();
        return m;
    }

    /** A recorded amount: present and strictly positive (every expenditure, receipt, line and adjustment is). */
    public static Money requireAmount(Money amount) {
        if (amount == null) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额为空");
        }
        return amount.requirePositive();
    }

    /** A control figure (a 三公 limit, the procurement budget): present and not negative; zero is a real limit. */
    public static Money requireNonNegative(Money amount) {
        if (amount == null) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额为空");
        }
        if (amount.isNegative()) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, amount + " 为负数");
        }
        return amount;
    }

    public Money requirePositive() {
        if (fen <= 0) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, toString() + " 不是正数");
        }
        return this;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean greaterThan(Money other) {
        return fen > other.fen;
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** 万元 with the given scale, rounded half-up once, where the forms round. */
    public BigDecimal toWanYuan(int scale) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_WAN, scale, RoundingMode.HALF_UP);
    }

    /** Exact 万元, no rounding (10 fen digits are enough: 1 fen = 0.000001 万元). */
    public BigDecimal toWanYuanExact() {
        return BigDecimal.valueOf(fen, 6).stripTrailingZeros();
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @JsonValue
    @Override
    public String toString() {
        return toYuan().toPlainString();
    }

    /** Reads "1234.50" or 1234.50 alike: a JSON number is taken as its exact decimal text, never as a double. */
    static final class Json extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                // its exact decimal, never through a double; written out plainly so the text rule above applies
                return parse(p.getDecimalValue().toPlainString());
            }
            if (t == JsonToken.VALUE_STRING) {
                return parse(p.getText());
            }
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额须为数字或数字字符串");
        }
    }
}
