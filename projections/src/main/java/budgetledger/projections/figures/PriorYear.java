package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.projections.fold.DeclaredPriorFold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code prior.<name>} for every figure and, for money, {@code change.<name>} = this year − prior and
 * {@code change.<name>.rate} = change ÷ prior (null when prior is zero): the 变动 columns of the report
 * (e.g. 三公 −11.59 %, docs/scoring.md R11). The prior value is the ledger's own prior year when it is recorded;
 * else the value declared from a document; else null (上年无数据), never a zero that would read as a fact.
 */
final class PriorYear {
    private PriorYear() {
    }

    /**
     * {@code prior} null: the prior year is not in the ledger. Returns where the prior values came from. Adds only
     * the figures that have no prior form yet, so it can run again once more figures (the scores) are in.
     */
    static PriorYearBasis addTo(FigureSet current, FigureSet prior, DeclaredPriorFold declared) {
        Map<String, Money> stated = declared.figures();
        Map<String, String> used = new TreeMap<>();
        Map<String, PriorYearBasis.Difference> differences = new TreeMap<>();
        if (prior != null) {
            alignCodes(current, prior);
        }
        List<Map.Entry<FigureName, Figure>> names = new ArrayList<>(current.entries());
        for (Map.Entry<FigureName, Figure> e : names) {
            FigureName name = e.getKey();
            if (name.column() != FigureName.Column.CURRENT || current.has(name.prior())) {
                continue; // a second pass (after scoring) adds only what the first did not see
            }
            Money statedValue = e.getValue() instanceof Figure.Amount ? stated.get(name.key()) : null;
            Figure before;
            if (prior != null) {
                before = prior.has(name) ? prior.get(name) : zeroLike(e.getValue());
                Money derived = before instanceof Figure.Amount a ? a.value() : Money.ZERO;
                if (statedValue != null && !statedValue.equals(derived)) {
                    differences.put(name.key(), new PriorYearBasis.Difference(statedValue.toString(), derived.toString()));
                }
            } else if (statedValue != null) {
                before = new Figure.Amount(statedValue);
                used.put(name.key(), statedValue.toString());
            } else {
                before = unknownLike(e.getValue());
            }
            current.put(name.prior(), before);
            if (e.getValue() instanceof Figure.Amount now) {
                change(current, name, now.value(), ((Figure.Amount) before).value());
            }
        }
        String source = prior != null ? PriorYearBasis.LEDGER
                : used.isEmpty() ? PriorYearBasis.NONE : PriorYearBasis.DECLARED;
        Map<String, String> documents = new TreeMap<>(declared.documents());
        documents.keySet().retainAll(prior != null ? differences.keySet() : used.keySet());
        return new PriorYearBasis(source, used, documents, differences);
    }

    private static void change(FigureSet current, FigureName name, Money now, Money was) {
        if (was == null) {
            current.put(name.change(), new Figure.Amount(null));
            current.rate(name.changeRate(), (java.math.BigDecimal) null);
            return;
        }
        Money change = now.minus(was);
        current.money(name.change(), change);
        current.rate(name.changeRate(), change, was);
    }

    /** A code spent in only one of the two years (expenditure.function.*, .economic.*) is zero in the other. */
    private static void alignCodes(FigureSet current, FigureSet prior) {
        for (Map.Entry<FigureName, Figure> e : prior.entries()) {
            if (!current.has(e.getKey()) && e.getValue() instanceof Figure.Amount) {
                current.money(e.getKey(), Money.ZERO);
            }
        }
    }

    private static Figure zeroLike(Figure figure) {
        if (figure instanceof Figure.Amount) {
            return new Figure.Amount(Money.ZERO);
        } else if (figure instanceof Figure.Count) {
            return new Figure.Count(0);
        } else if (figure instanceof Figure.Score) {
            return new Figure.Score(java.math.BigDecimal.ZERO);
        }
        return figure instanceof Figure.Grade g ? g : new Figure.Rate(null);
    }

    /** No prior value at all: null of the figure's kind. */
    private static Figure unknownLike(Figure figure) {
        if (figure instanceof Figure.Amount) {
            return new Figure.Amount(null);
        } else if (figure instanceof Figure.Count) {
            return new Figure.Count(null);
        } else if (figure instanceof Figure.Score) {
            return new Figure.Score(null);
        }
        return figure instanceof Figure.Grade ? new Figure.Grade(null) : new Figure.Rate(null);
    }
}
