package budgetledger.core.budget;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;

/** A budget line (预算指标) as the ledger decides on it: its keys, full-year budget and executed amount, in fen. */
public record BudgetLine(String lineId, LineKind kind, FundNature fundNature, Vintage vintage, String functionalCode,
                         String economicCode, String projectCode, long fullFen, long executedFen) {

    /** 可用指标 = 全年预算 − 已支出. */
    public long availableFen() {
        return fullFen - executedFen;
    }

    public Money available() {
        return Money.ofFen(availableFen());
    }

    BudgetLine withFull(long delta) {
        return new BudgetLine(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode,
                Math.addExact(fullFen, delta), executedFen);
    }

    BudgetLine withExecuted(long delta) {
        return new BudgetLine(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode,
                fullFen, Math.addExact(executedFen, delta));
    }
}
