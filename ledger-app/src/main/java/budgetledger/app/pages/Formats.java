package budgetledger.app.pages;

import budgetledger.core.money.Money;
import budgetledger.projections.report.Format;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pages print numbers and times (the templates call it as {@code @fmt}): 元 with thousands separators on
 * entry screens, 万元 with two decimals in report-like views, rates as percentages, times in China time — never a raw
 * UTC instant. Amounts are exact decimals throughout; nothing passes through a double.
 */
@Component("fmt")
public class Formats {
    public static final ZoneId CHINA = Format.CHINA;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    /** 1234567.8 → 1,234,567.80 (元). */
    public String yuan(Object amount) {
        BigDecimal v = decimal(amount);
        return v == null ? "—" : pattern("#,##0.00").format(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** 18607500.00 → 1,860.75 (万元, two decimals, rounded half-up once, here). */
    public String wan(Object amount) {
        BigDecimal v = decimal(amount);
        return v == null ? "—" : pattern("#,##0.00").format(Format.wanYuan(Money.ofYuan(v)));
    }

    /** A ratio ("0.9656") → 96.56%; null (no denominator) → —. */
    public String pct(Object ratio) {
        return Format.percent(decimal(ratio));
    }

    /** part ÷ whole as a ratio of four decimals; null when there is no whole. */
    public BigDecimal ratio(Object part, Object whole) {
        BigDecimal p = decimal(part);
        BigDecimal w = decimal(whole);
        return p == null || w == null || w.signum() == 0 ? null : p.divide(w, 4, RoundingMode.HALF_UP);
    }

    /** An instant in China time, to the minute: 2025-04-15 15:30. */
    public String time(Instant at) {
        return at == null ? "—" : MINUTE.format(at);
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Money m) {
            return m.toYuan();
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static DecimalFormat pattern(String p) {
        DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f;
    }
}
