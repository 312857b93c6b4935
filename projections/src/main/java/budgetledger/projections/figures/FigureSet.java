package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.Scoring;
import budgetledger.projections.figures.FigureName.Kind;
import budgetledger.projections.figures.FigureName.Scope;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Named figures of one scope (the department or a project), sorted by name. Reading a figure this set cannot hold
 * (a project name from the department's set, a rate read as money) or one not computed yet is a programming error
 * and throws; only a per-code figure ({@code expenditure.economic.30201}) may be absent, and then it is zero:
 * nothing was spent on that code.
 */
final class FigureSet {
    private final Scope scope;
    private final TreeMap<FigureName, Figure> figures = new TreeMap<>();

    FigureSet(Scope scope) {
        this.scope = scope;
    }

    FigureSet money(FigureName name, Money value) {
        return put(name, new Figure.Amount(value));
    }

    /** numerator ÷ denominator, kept unrounded; null when the denominator is zero. */
    FigureSet rate(FigureName name, Money numerator, Money denominator) {
        return rate(name, Scoring.ratio(numerator, denominator));
    }

    FigureSet rate(FigureName name, BigDecimal ratio) {
        return put(name, new Figure.Rate(ratio));
    }

    /** A null count is written as null: not recorded, never a zero that would read as a fact. */
    FigureSet count(FigureName name, Integer value) {
        return put(name, new Figure.Count(value));
    }

    /** A null score is written as null: 不适用 or 未评价, never a zero that would read as a failing mark. */
    FigureSet score(FigureName name, BigDecimal value) {
        return put(name, new Figure.Score(value));
    }

    FigureSet grade(FigureName name, String value) {
        return put(name, new Figure.Grade(value));
    }

    FigureSet put(FigureName name, Figure figure) {
        requireKnown(name, figure.kind());
        figures.put(name, figure);
        return this;
    }

    /** The money figure of that name; zero for a code nothing was spent on. */
    Money money(FigureName name) {
        return read(name, Kind.MONEY) instanceof Figure.Amount a ? a.value() : Money.ZERO;
    }

    /** The unrounded ratio of that rate figure, null when its denominator was zero. */
    BigDecimal ratio(FigureName name) {
        return read(name, Kind.RATE) instanceof Figure.Rate r ? r.ratio() : null;
    }

    /** The score, null when it is 不适用 or 未评价. */
    BigDecimal score(FigureName name) {
        return read(name, Kind.SCORE) instanceof Figure.Score s ? s.value() : null;
    }

    Figure get(FigureName name) {
        return figures.get(name);
    }

    boolean has(FigureName name) {
        return figures.containsKey(name);
    }

    Set<Map.Entry<FigureName, Figure>> entries() {
        return figures.entrySet();
    }

    /** Printed values by name; a {@link TreeMap} so the JSON is sorted and null rates stay present. */
    Map<String, Object> toJson() {
        TreeMap<String, Object> out = new TreeMap<>();
        figures.forEach((name, figure) -> out.put(name.key(), figure.json()));
        return out;
    }

    private Figure read(FigureName name, Kind kind) {
        requireKnown(name, kind);
        Figure figure = figures.get(name);
        if (figure == null && !name.perCode()) {
            throw new IllegalStateException("figure " + name + " is read before it is computed");
        }
        return figure;
    }

    private void requireKnown(FigureName name, Kind kind) {
        if (name.scope() != scope) {
            throw new IllegalArgumentException("figure " + name + " is a " + name.scope() + " figure, this set holds "
                    + scope + " figures");
        }
        if (name.kind() != kind) {
            throw new IllegalArgumentException("figure " + name + " is " + name.kind() + ", not " + kind);
        }
    }
}
