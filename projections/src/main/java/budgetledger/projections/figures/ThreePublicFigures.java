package budgetledger.projections.figures;

import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.ThreePublicLimits;

import static budgetledger.projections.figures.FigureNames.threePublicActual;
import static budgetledger.projections.figures.FigureNames.threePublicBudget;

/**
 * 三公经费 (docs/scoring.md R10): actual from the postings' 三公 category (basic and project spending alike; summed with
 * the spending figures), budget from the limits in force, savings = budget − actual, 控制率 = actual ÷ budget (R11).
 * Each {@link ThreePublicLine} counts the categories it covers, so 公务用车 is purchase + operation.
 */
final class ThreePublicFigures {
    private ThreePublicFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        ThreePublicLimits limits = view.threePublic().limits();
        for (ThreePublicLine line : ThreePublicLine.values()) {
            Money budget = Money.ZERO;
            for (ThreePublicCategory c : ThreePublicCategory.values()) {
                budget = line.covers(c) ? budget.plus(limits.of(c)) : budget;
            }
            f.money(threePublicBudget(line), budget);
            f.money(FigureNames.threePublicSavings(line), budget.minus(f.money(threePublicActual(line))));
        }
        f.rate(FigureNames.THREE_PUBLIC_CONTROL_RATE, f.money(threePublicActual(ThreePublicLine.TOTAL)),
                f.money(threePublicBudget(ThreePublicLine.TOTAL)));
        // a sum that leaves out vouchers without counts would read as a fact: any unrecorded voucher makes them null
        int unrecorded = view.expenditure().receptionUnrecorded();
        f.count(FigureNames.THREE_PUBLIC_RECEPTION_UNRECORDED, unrecorded);
        f.count(FigureNames.THREE_PUBLIC_RECEPTION_BATCHES, unrecorded > 0 ? null : view.expenditure().receptionBatches());
        f.count(FigureNames.THREE_PUBLIC_RECEPTION_PERSONS, unrecorded > 0 ? null : view.expenditure().receptionPersons());
    }
}
