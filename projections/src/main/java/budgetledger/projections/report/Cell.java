package budgetledger.projections.report;

import budgetledger.core.money.Money;

import java.math.BigDecimal;

/**
 * One cell of a form table. Numbers keep their type so the XLSX is numeric (not text) and the other renderers
 * print them through {@link Format}; {@code figure} names the key figure the value is (null for none), so a
 * reader can drill it down to its events.
 */
public sealed interface Cell {
    int colspan();

    int rowspan();

    /** The text every renderer prints for this cell. */
    String display();

    /** A label or heading; {@code head} cells print bold and centred. */
    record Text(String text, boolean head, int colspan, int rowspan) implements Cell {
        public Text {
            text = text == null ? "" : text;
        }

        @Override
        public String display() {
            return text;
        }
    }

    /** Money, printed and stored in 万元 rounded half-up to two decimals, once, from the exact amount. */
    record Amount(Money amount, String figure, int colspan, int rowspan) implements Cell {
        public BigDecimal wanYuan() {
            return Format.wanYuan(amount);
        }

        @Override
        public String display() {
            return Format.wan(amount);
        }
    }

    /** A ratio (0.9656), printed as a percent (96.56%); null when its denominator was zero. */
    record Rate(BigDecimal ratio, String figure, int colspan, int rowspan) implements Cell {
        @Override
        public String display() {
            return Format.percent(ratio);
        }
    }

    /**
     * A count, a score or a weight. {@code scale} ≥ 0 prints that many decimals (a figure's score: 9.66); −1
     * prints it as the forms print indicator weights and scores (5, 99.66).
     */
    record Number(BigDecimal value, int scale, String figure, int colspan, int rowspan) implements Cell {
        @Override
        public String display() {
            return Format.number(value, scale);
        }
    }

    static Text text(String text) {
        return new Text(text, false, 1, 1);
    }

    static Text text(String text, int colspan) {
        return new Text(text, false, colspan, 1);
    }

    static Text head(String text) {
        return new Text(text, true, 1, 1);
    }

    static Text head(String text, int colspan) {
        return new Text(text, true, colspan, 1);
    }

    static Text head(String text, int colspan, int rowspan) {
        return new Text(text, true, colspan, rowspan);
    }

    static Text empty(int colspan) {
        return new Text("", false, colspan, 1);
    }
}
