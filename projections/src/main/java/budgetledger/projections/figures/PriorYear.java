package budgetledger.projections.figures;

import budgetledger.core.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code prior.<name>} for every figure and, for money, {@code change.<name>} = this year − prior and
 * {@code change.<name>.rate} = change ÷ prior (null when prior is zero): the 变动 columns of the report
 * (e.g. 三公 −11.59 %, docs/scoring.md R11).
 */
final class PriorYear {
    private PriorYear() {
    }

    static void addTo(FigureSet current, FigureSet prior) {
        alignCodes(current, prior);
        List<Map.Entry<FigureName, Figure>> names = new ArrayList<>(current.entries());
        for (Map.Entry<FigureName, Figure> e : names) {
            FigureName name = e.getKey();
            Figure before = prior.has(name) ? prior.get(name) : zeroLike(e.getValue());
            current.put(name.prior(), before);
            if (e.getValue() instanceof Figure.Amount now) {
                Money was = before instanceof Figure.Amount a ? a.value() : Money.ZERO;
                Money change = now.value().minus(was);
                current.money(name.change(), change);
                current.rate(name.changeRate(), change, was);
            }
        }
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
}
