package budgetledger.projections.fold;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;

/**
 * A budget line (预算指标) as the fold knows it: its keys and each movement of its authority kept apart, so
 * 年初预算数, 全年预算数, 追加 and 追减 can all be read back. Keys are null only for a line whose appropriation the
 * fold never saw (a defensive case: the aggregate never adjusts an unknown line).
 */
public record BudgetLine(String lineId, LineKind kind, FundNature fundNature, Vintage vintage, String functionalCode,
                         String economicCode, String projectCode, boolean initial, Money appropriated,
                         Money supplemented, Money reduced, Money transferredIn, Money transferredOut) {

    static BudgetLine unknown(String lineId) {
        return new BudgetLine(lineId, null, null, null, null, null, null, false, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO);
    }

    /** 全年预算数 = appropriation + 追加 − 追减 + 调入 − 调出. */
    public Money full() {
        return appropriated.plus(supplemented).minus(reduced).plus(transferredIn).minus(transferredOut);
    }

    /** 年初预算数: only an appropriation approved at the start of the year counts; carried lines never do. */
    public Money initialAmount() {
        return initial ? appropriated : Money.ZERO;
    }

    BudgetLine withKeys(BudgetLine keys) {
        return new BudgetLine(lineId, keys.kind, keys.fundNature, keys.vintage, keys.functionalCode, keys.economicCode,
                keys.projectCode, keys.initial, appropriated.plus(keys.appropriated), supplemented, reduced,
                transferredIn, transferredOut);
    }

    BudgetLine supplement(Money amount) {
        return new BudgetLine(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode, initial,
                appropriated, supplemented.plus(amount), reduced, transferredIn, transferredOut);
    }

    BudgetLine reduce(Money amount) {
        return new BudgetLine(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode, initial,
                appropriated, supplemented, reduced.plus(amount), transferredIn, transferredOut);
    }

    BudgetLine transferIn(Money amount) {
        return new BudgetLine(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode, initial,
                appropriated, supplemented, reduced, transferredIn.plus(amount), transferredOut);
    }

    BudgetLine transferOut(Money amount) {
        return new BudgetLine(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode, initial,
                appropriated, supplemented, reduced, transferredIn, transferredOut.plus(amount));
    }
}
