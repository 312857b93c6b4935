package budgetledger.projections.figures;

import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.ThreePublicLimits;

import java.util.List;

/**
 * 三公经费 (domain-rules §2): actual from the postings' 三公 category (basic and project spending alike), budget
 * from the limits in force, savings = budget − actual, 控制率 = actual ÷ budget (R11). Also the 公用经费 其中 rows
 * of 附件1 (办公费; 水电差旅; 会议培训), read from 公用经费 lines and postings by economic code.
 */
final class ThreePublicFigures {
    private static final List<String> OFFICE = List.of("30201");
    private static final List<String> UTILITIES_AND_TRAVEL = List.of("30205", "30206", "30211");
    private static final List<String> MEETINGS_AND_TRAINING = List.of("30215", "30216");

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
        publicFunds(f, view);
    }

    private static void put(FigureSet f, String key, Money actual, Money budget) {
        f.money("threePublic." + key + ".actual", actual);
        f.money("threePublic." + key + ".budget", budget);
        f.money("threePublic." + key + ".savings", budget.minus(actual));
    }

    private static void publicFunds(FigureSet f, LedgerView view) {
        publicFund(f, view, "office", OFFICE);
        publicFund(f, view, "utilitiesAndTravel", UTILITIES_AND_TRAVEL);
        publicFund(f, view, "meetingsAndTraining", MEETINGS_AND_TRAINING);
    }

    /** A line without an economic code belongs to none (List.of refuses to look up null). */
    private static boolean isOneOf(String code, List<String> codes) {
        return code != null && codes.contains(code);
    }

    private static void publicFund(FigureSet f, LedgerView view, String key, List<String> codes) {
        Money budget = view.budget().sum(l -> l.kind() == LineKind.BASIC_PUBLIC && isOneOf(l.economicCode(), codes),
                l -> l.full());
        Money actual = view.expenditure().sum(s -> s.kind() == LineKind.BASIC_PUBLIC && isOneOf(s.economicCode(), codes));
        f.money("public." + key + ".budget", budget);
        f.money("public." + key + ".actual", actual);
    }
}
