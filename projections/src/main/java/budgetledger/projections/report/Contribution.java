package budgetledger.projections.report;

import budgetledger.core.money.Money;

/** One economic code's or project's part of a year-over-year change: net spending this year and the prior year. */
public record Contribution(String key, String label, Money current, Money prior) {
    public Money change() {
        return current.minus(prior);
    }
}
