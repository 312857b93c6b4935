package budgetledger.projections.figures;

import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.ThreePublicLimits;

/**
 * 三公经费 (docs/scoring.md R10): actual from the postings' 三公 category (basic and project spending alike), budget
 * from the limits in force, savings = budget − actual, 控制率 = actual ÷ budget (R11).
 */
final class ThreePublicFigures {
    private ThreePublicFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        ThreePublicLimits limits = view.threePublic().limits();
        Money totalActual = Money.ZERO;
        Money totalBudget = Money.ZERO;
        for (ThreePublicCategory c : ThreePublicCategory.values()) {
            Money actual = view.expenditure().sum(s -> s.threePublic() == c);
            put(f, c.key(), actual, limits.of(c));
            totalActual = totalActual.plus(actual);
            totalBudget = totalBudget.plus(limits.of(c));
        }
        // 公务用车购置及运行维护费 is one line of the forms: purchase + operation
        put(f, "vehicles", f.money("threePublic.vehiclePurchase.actual").plus(f.money("threePublic.vehicleOperation.actual")),
                limits.vehiclePurchase().plus(limits.vehicleOperation()));
        put(f, "total", totalActual, totalBudget);
        f.rate("threePublic.controlRate", totalActual, totalBudget);
        f.count("threePublic.reception.batches", view.expenditure().receptionBatches());
        f.count("threePublic.reception.persons", view.expenditure().receptionPersons());
    }

    private static void put(FigureSet f, String key, Money actual, Money budget) {
        f.money("threePublic." + key + ".actual", actual);
        f.money("threePublic." + key + ".budget", budget);
        f.money("threePublic." + key + ".savings", budget.minus(actual));
    }
}
