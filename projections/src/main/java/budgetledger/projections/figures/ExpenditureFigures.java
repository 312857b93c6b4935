package budgetledger.projections.figures;

import budgetledger.core.classification.EconomicCode;
import budgetledger.core.classification.FunctionalCode;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.ExpenditureFold;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.SpendBucket;

import java.util.TreeMap;

import static budgetledger.projections.figures.FigureNames.EXPENDITURE_BASIC;
import static budgetledger.projections.figures.FigureNames.EXPENDITURE_BASIC_PERSONNEL;
import static budgetledger.projections.figures.FigureNames.EXPENDITURE_BASIC_PUBLIC;

/**
 * 支出 (net of reversals) by kind, fund nature and classification, each summed over its {@link SpendingScope}.
 * Two scopes are both true numbers (seed discrepancies #1, #2): all funds ({@code expenditure.project} 417.55)
 * and 一般公共预算 only ({@code expenditure.generalPublic.project} 416.96).
 */
final class ExpenditureFigures {
    private ExpenditureFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        ExpenditureFold x = view.expenditure();
        SpendingScope.FIXED.forEach((name, scope) -> f.money(name, x.sum(scope)));
        Money basic = f.money(EXPENDITURE_BASIC);
        f.rate(FigureNames.EXPENDITURE_BASIC_SHARE_PERSONNEL, f.money(EXPENDITURE_BASIC_PERSONNEL), basic);
        f.rate(FigureNames.EXPENDITURE_BASIC_SHARE_PUBLIC, f.money(EXPENDITURE_BASIC_PUBLIC), basic);
        f.money(FigureNames.EXPENDITURE_PROCUREMENT, x.sum(SpendBucket::procurement));
        byCode(f, x);
    }

    /** Roll-ups by prefix: functional 类/款/项 (3/5/7 digits), economic 类/款 (3/5); the 决算 tables print both. */
    private static void byCode(FigureSet f, ExpenditureFold x) {
        TreeMap<FigureName, Money> sums = new TreeMap<>();
        for (SpendBucket s : x.buckets()) {
            if (s.functionalCode() != null) {
                for (String level : FunctionalCode.of(s.functionalCode()).levels()) {
                    sums.merge(FigureNames.expenditureFunction(level), s.amount(), Money::plus);
                }
            }
            if (s.economicCode() != null) {
                EconomicCode code = EconomicCode.of(s.economicCode());
                sums.merge(FigureNames.expenditureEconomic(code.category()), s.amount(), Money::plus);
                if (!code.value().equals(code.category())) {
                    sums.merge(FigureNames.expenditureEconomic(code.value()), s.amount(), Money::plus);
                }
            }
        }
        sums.forEach(f::money);
    }
}
