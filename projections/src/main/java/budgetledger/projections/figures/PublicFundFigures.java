package budgetledger.projections.figures;

import budgetledger.core.classification.LineKind;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.LedgerView;

/**
 * The 公用经费 其中 rows of 附件1 ({@link PublicFundGroup}). Budget from the full-year budget of 公用经费 lines on
 * the group's codes, actual from 公用经费 postings on them.
 */
final class PublicFundFigures {
    private PublicFundFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        for (PublicFundGroup g : PublicFundGroup.values()) {
            Money budget = view.budget().sum(l -> l.kind() == LineKind.BASIC_PUBLIC && g.holds(l.economicCode()),
                    l -> l.full());
            Money actual = view.expenditure().sum(s -> s.kind() == LineKind.BASIC_PUBLIC && g.holds(s.economicCode()));
            f.money(FigureNames.publicFundBudget(g), budget);
            f.money(FigureNames.publicFundActual(g), actual);
        }
    }
}
