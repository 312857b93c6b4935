package budgetledger.projections.figures;

import budgetledger.core.classification.EconomicCode;
import budgetledger.core.classification.FunctionalCode;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.ExpenditureFold;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.SpendBucket;

import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * 支出 (net of reversals) by kind, fund nature and classification. Two scopes are both true numbers (seed
 * discrepancies #1, #2): all funds ({@code expenditure.project} 417.55) and 一般公共预算 only
 * ({@code expenditure.generalPublic.project} 416.96).
 */
final class ExpenditureFigures {
    private ExpenditureFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        ExpenditureFold x = view.expenditure();
        f.money("expenditure.total", x.sum(s -> true));
        byKind(f, x, "expenditure.", s -> true);
        byKind(f, x, "expenditure.generalPublic.", s -> s.fundNature() == FundNature.GENERAL_PUBLIC);
        Money basic = f.money("expenditure.basic");
        f.rate("expenditure.basic.share.personnel", f.money("expenditure.basic.personnel"), basic);
        f.rate("expenditure.basic.share.public", f.money("expenditure.basic.public"), basic);
        f.money("expenditure.procurement", x.sum(SpendBucket::procurement));
        for (FundNature n : FundNature.values()) {
            f.money("expenditure.fund." + n.key(), x.sum(s -> s.fundNature() == n));
        }
        byCode(f, x);
    }

    private static void byKind(FigureSet f, ExpenditureFold x, String prefix, Predicate<SpendBucket> scope) {
        f.money(prefix + "basic", x.sum(scope.and(s -> s.kind() != null && s.kind().isBasic())));
        f.money(prefix + "basic.personnel", x.sum(scope.and(s -> s.kind() == LineKind.BASIC_PERSONNEL)));
        f.money(prefix + "basic.public", x.sum(scope.and(s -> s.kind() == LineKind.BASIC_PUBLIC)));
        f.money(prefix + "project", x.sum(scope.and(s -> s.kind() == LineKind.PROJECT)));
    }

    /** Roll-ups by prefix: functional 类/款/项 (3/5/7 digits), economic 类/款 (3/5); the 决算 tables print both. */
    private static void byCode(FigureSet f, ExpenditureFold x) {
        TreeMap<String, Money> sums = new TreeMap<>();
        for (SpendBucket s : x.buckets()) {
            if (s.functionalCode() != null) {
                for (String level : FunctionalCode.of(s.functionalCode()).levels()) {
                    sums.merge("expenditure.function." + level, s.amount(), Money::plus);
                }
            }
            if (s.economicCode() != null) {
                EconomicCode code = EconomicCode.of(s.economicCode());
                sums.merge("expenditure.economic." + code.category(), s.amount(), Money::plus);
                if (!code.value().equals(code.category())) {
                    sums.merge("expenditure.economic." + code.value(), s.amount(), Money::plus);
                }
            }
        }
        sums.forEach(f::money);
    }
}
