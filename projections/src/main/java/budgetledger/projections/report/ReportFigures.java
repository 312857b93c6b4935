package budgetledger.projections.report;

import budgetledger.core.money.Money;
import budgetledger.projections.figures.FigureName;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Typed reading of a figures map as printed by {@code KeyFigures} (docs/figures.md): money as yuan strings, rates as ratio strings
 * (null over a zero denominator), scores as strings, counts as integers. Every key of the catalogue is present, so
 * a missing one is a bug and fails loudly rather than printing a zero — except a per-code figure
 * ({@code expenditure.economic.30201}), which is zero when nothing was spent on its code.
 */
final class ReportFigures {
    private final String scope;
    private final Map<String, Object> figures;

    ReportFigures(String scope, Map<String, Object> figures) {
        this.scope = scope;
        this.figures = figures;
    }

    /** For a project or year that has no figures at all (a project of only one of the two years): all zero. */
    static ReportFigures none(String scope) {
        return new ReportFigures(scope, null);
    }

    boolean present() {
        return figures != null;
    }

    Money money(FigureName name) {
        if (figures == null || name.perCode() && !figures.containsKey(name.key())) {
            return Money.ZERO;
        }
        return Money.parse(string(name));
    }

    /** Whether the figure has a value: a prior-year figure without any prior value (上年无数据) has none. */
    boolean known(FigureName name) {
        return figures == null || name.perCode() && !figures.containsKey(name.key()) || figures.get(name.key()) != null;
    }

    /** The ratio, or null when the rate has no denominator. */
    BigDecimal ratio(FigureName name) {
        Object v = require(name);
        return v == null ? null : new BigDecimal(v.toString());
    }

    /** The score, or null when it is 不适用 (no budget) or 未评价 (no indicators). */
    BigDecimal score(FigureName name) {
        Object v = require(name);
        return v == null ? null : new BigDecimal(v.toString());
    }

    int count(FigureName name) {
        Object v = require(name);
        if (!(v instanceof java.lang.Number n)) {
            throw new IllegalStateException(scope + ": figure " + name + " is not a count: " + v);
        }
        return n.intValue();
    }

    String text(FigureName name) {
        return string(name);
    }

    private String string(FigureName name) {
        Object v = require(name);
        if (v == null) {
            throw new IllegalStateException(scope + ": figure " + name + " has no value");
        }
        return v.toString();
    }

    private Object require(FigureName name) {
        if (figures == null || !figures.containsKey(name.key())) {
            throw new IllegalStateException(scope + ": figure " + name + " is missing (docs/figures.md: every key is present)");
        }
        return figures.get(name.key());
    }
}
