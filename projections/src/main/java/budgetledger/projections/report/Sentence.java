package budgetledger.projections.report;

import budgetledger.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one generated paragraph, taking every number from the figures by name and printing it through
 * {@link Format}; the only arithmetic is the sign of a change, which chooses between 增加 and 减少.
 */
final class Sentence {
    private final ReportFigures f;
    private final List<Inline> parts = new ArrayList<>();

    private Sentence(ReportFigures f) {
        this.f = f;
    }

    static Sentence with(ReportFigures f) {
        return new Sentence(f);
    }

    Sentence text(String text) {
        parts.add(new Inline.Plain(text));
        return this;
    }

    /** The money figure in 万元 with its unit: "1796.78万元". */
    Sentence wan(String figure) {
        return value(Format.wan(f.money(figure)), figure).text("万元");
    }

    Sentence percent(String figure) {
        return value(Format.percent(f.ratio(figure)), figure);
    }

    Sentence count(String figure) {
        return value(Integer.toString(f.count(figure)), figure);
    }

    Sentence score(String figure) {
        return value(Format.number(f.score(figure), 2), figure);
    }

    Sentence figureText(String figure) {
        return value(f.text(figure), figure);
    }

    Sentence value(String text, String figure) {
        parts.add(new Inline.Value(text, figure));
        return this;
    }

    /**
     * "较上年同期的 2186.84万元减少 390.65万元，下降 17.86%" from {@code prior.<name>}, {@code change.<name>} and
     * {@code change.<name>.rate}; {@code was} words the comparison ("较上年同期的", "比上年度决算数的").
     */
    Sentence change(String name, String was) {
        Money change = f.money("change." + name);
        if (change.isZero()) {
            return text("与" + was.substring(1) + " ").wan("prior." + name).text("持平");
        }
        text(was + " ").wan("prior." + name);
        boolean up = change.isPositive();
        text(up ? "增加 " : "减少 ").value(Format.wan(up ? change : change.negate()), "change." + name).text("万元");
        BigDecimal rate = f.ratio("change." + name + ".rate");
        if (rate != null) {
            text(up ? "，增长 " : "，下降 ").value(Format.percent(rate.abs()), "change." + name + ".rate");
        }
        return this;
    }

    Sentence change(String name) {
        return change(name, "较上年同期的");
    }

    /** "比全年预算数 22.00万元少支出 7.74万元" from {@code threePublic.<cat>.budget} and {@code .savings}. */
    Sentence versusBudget(String category) {
        String prefix = "threePublic." + category;
        Money savings = f.money(prefix + ".savings");
        if (savings.isZero()) {
            return text("与全年预算数 ").wan(prefix + ".budget").text("一致");
        }
        text("比全年预算数 ").wan(prefix + ".budget");
        return text(savings.isPositive() ? "少支出 " : "超支 ")
                .value(Format.wan(savings.isPositive() ? savings : savings.negate()), prefix + ".savings").text("万元");
    }

    Block.Paragraph paragraph() {
        return new Block.Paragraph(parts);
    }
}
