package budgetledger.projections.report;

import budgetledger.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the forms print a value, in one place: money in 万元 with two decimals rounded half-up once from the exact
 * amount (so a total printed from its own figure is never a sum of rounded parts), a ratio as a percent with two
 * decimals, a weight or indicator score without trailing zeros.
 */
public final class Format {
    /** The department's clock: recorded times print in China Standard Time, as the forms date them. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Format() {
    }

    public static BigDecimal wanYuan(Money amount) {
        return amount.toWanYuan(2);
    }

    /** 17967800.00 元 → "1796.78". */
    public static String wan(Money amount) {
        return wanYuan(amount).toPlainString();
    }

    /** 0.9656 → "96.56%"; null (a zero denominator) → "—". */
    public static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code scale} −1: as the forms print weights and indicator scores (5, 99.66); otherwise fixed decimals. */
    public static String number(BigDecimal value, int scale) {
        if (value == null) {
            return "—";
        }
        return scale < 0 ? value.stripTrailingZeros().toPlainString()
                : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    public static String instant(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(CHINA));
    }

    public static String date(LocalDate day) {
        return day == null ? "—" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
