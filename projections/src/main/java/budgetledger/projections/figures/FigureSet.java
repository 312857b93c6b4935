package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.Scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Named figures of one scope (the department or a project), sorted by name. */
final class FigureSet {
    private final TreeMap<String, Figure> figures = new TreeMap<>();

    FigureSet money(String name, Money value) {
        figures.put(name, new Figure.Amount(value));
        return this;
    }

    /** numerator ÷ denominator, kept unrounded; null when the denominator is zero. */
    FigureSet rate(String name, Money numerator, Money denominator) {
        return rate(name, Scoring.ratio(numerator, denominator));
    }

    FigureSet rate(String name, BigDecimal ratio) {
        figures.put(name, new Figure.Rate(ratio));
        return this;
    }

    FigureSet count(String name, int value) {
        figures.put(name, new Figure.Count(value));
        return this;
    }

    FigureSet score(String name, BigDecimal value) {
        figures.put(name, new Figure.Score(value == null ? BigDecimal.ZERO : value));
        return this;
    }

    FigureSet grade(String name, String value) {
        figures.put(name, new Figure.Grade(value));
        return this;
    }

    FigureSet put(String name, Figure figure) {
        figures.put(name, figure);
        return this;
    }

    /** The money figure of that name, zero when there is none (a figure with nothing behind it is zero). */
    Money money(String name) {
        return figures.get(name) instanceof Figure.Amount a ? a.value() : Money.ZERO;
    }

    /** The unrounded ratio of that rate figure, null when it has none. */
    BigDecimal ratio(String name) {
        return figures.get(name) instanceof Figure.Rate r ? r.ratio() : null;
    }

    BigDecimal score(String name) {
        return figures.get(name) instanceof Figure.Score s ? s.value() : BigDecimal.ZERO;
    }

    Figure get(String name) {
        return figures.get(name);
    }

    boolean has(String name) {
        return figures.containsKey(name);
    }

    Set<Map.Entry<String, Figure>> entries() {
        return figures.entrySet();
    }

    /** Printed values by name; a {@link TreeMap} so the JSON is sorted and null rates stay present. */
    Map<String, Object> toJson() {
        TreeMap<String, Object> out = new TreeMap<>();
        figures.forEach((name, figure) -> out.put(name, figure.json()));
        return out;
    }
}
