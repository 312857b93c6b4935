package budgetledger.projections.report;

import budgetledger.core.money.Money;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.ThreePublicLine;

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
    Sentence wan(FigureName figure) {
        return value(Format.wan(f.money(figure)), figure).text("万元");
    }

    Sentence percent(FigureName figure) {
        return value(Format.percent(f.ratio(figure)), figure);
    }

    Sentence count(FigureName figure) {
        return value(Integer.toString(f.count(figure)), figure);
    }

    Sentence score(FigureName figure) {
        return value(Format.number(f.score(figure), 2), figure);
    }

    Sentence figureText(FigureName figure) {
        return value(f.text(figure), figure);
    }

    Sentence value(String text, FigureName figure) {
        parts.add(new Inline.Value(text, figure.key()));
        return this;
    }

    /**
     * "较上年同期的 2186.84万元减少 390.65万元，下降 17.86%" from {@code prior.<name>}, {@code change.<name>} and
     * {@code change.<name>.rate}; {@code was} words the comparison ("较上年同期的", "比上年度决算数的"); "上年无数据"
     * when the prior value is null.
     */
    Sentence change(FigureName name, String was) {
        if (!f.known(name.prior())) {
            // neither the ledger's prior year nor a declared comparative: no comparison, never "较上年同期的 0.00万元"
            return text("上年无数据");
        }
        Money change = f.money(name.change());
        if (change.isZero()) {
            return text("与" + was.substring(1) + " ").wan(name.prior()).text("持平");
        }
        text(was + " ").wan(name.prior());
        boolean up = change.isPositive();
        text(up ? "增加 " : "减少 ").value(Format.wan(up ? change : change.negate()), name.change()).text("万元");
        BigDecimal rate = f.ratio(name.changeRate());
        if (rate != null) {
            text(up ? "，增长 " : "，下降 ").value(Format.percent(rate.abs()), name.changeRate());
        }
        return this;
    }

    Sentence change(FigureName name) {
        return change(name, "较上年同期的");
    }

    /** "比全年预算数 22.00万元少支出 7.74万元" from {@code threePublic.<cat>.budget} and {@code .savings}. */
    Sentence versusBudget(ThreePublicLine line) {
        FigureName budget = FigureNames.threePublicBudget(line);
        FigureName savings = FigureNames.threePublicSavings(line);
        Money saved = f.money(savings);
        if (saved.isZero()) {
            return text("与全年预算数 ").wan(budget).text("一致");
        }
        text("比全年预算数 ").wan(budget);
        return text(saved.isPositive() ? "少支出 " : "超支 ")
                .value(Format.wan(saved.isPositive() ? saved : saved.negate()), savings).text("万元");
    }

    Block.Paragraph paragraph() {
        return new Block.Paragraph(parts);
    }
}
