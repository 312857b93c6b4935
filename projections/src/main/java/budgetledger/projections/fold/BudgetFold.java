package budgetledger.projections.fold;

import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.FundSource;
import budgetledger.core.budget.FundsReceived;
import budgetledger.core.budget.ProcurementBudgetSet;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;
import budgetledger.core.performance.ProjectWithdrawn;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.core.yearend.OpeningBalancesDeclared;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Budget authority and money in: the lines (年初, 追加/追减, 调剂, 上年结转), income by fund nature (本年收入 and
 * 收回以前年度资金 kept apart, discrepancy #3 of the seed), the opening carry-over, the 政府采购预算, and what the
 * year-end close carried forward or withdrew.
 */
@FoldState
public final class BudgetFold {
    private TreeMap<String, BudgetLine> lines = new TreeMap<>();
    private TreeMap<FundNature, Money> income = new TreeMap<>();
    private TreeMap<FundNature, Money> recoveredPriorYears = new TreeMap<>();
    private TreeMap<FundNature, Money> openingCarryOver = new TreeMap<>();
    private Money procurementBudget = Money.ZERO;
    private Money carriedForward = Money.ZERO;
    private Money lapsed = Money.ZERO;

    void apply(Object payload) {
        if (payload instanceof FiscalYearOpened e) {
            opening(e.carriedLines());
        } else if (payload instanceof OpeningBalancesDeclared e) {
            opening(e.lines());
        } else if (payload instanceof AppropriationRecorded e) {
            addLine(appropriated(e, e.amount()));
        } else if (payload instanceof BudgetAdjusted e) {
            update(e.lineId(), l -> e.direction() == AdjustmentDirection.SUPPLEMENT
                    ? l.supplement(e.amount()) : l.reduce(e.amount()));
        } else if (payload instanceof BudgetTransferred e) {
            // 调剂 nets to zero overall but moves authority between kinds, projects and codes
            update(e.fromLineId(), l -> l.transferOut(e.amount()));
            update(e.toLineId(), l -> l.transferIn(e.amount()));
        } else if (payload instanceof FundsReceived e) {
            var into = e.source() == FundSource.RECOVERED_PRIOR_YEARS ? recoveredPriorYears : income;
            into.merge(e.fundNature(), e.amount(), Money::plus);
        } else if (payload instanceof ProcurementBudgetSet e) {
            procurementBudget = e.amount(); // a later figure replaces the earlier one
        } else if (payload instanceof ProjectWithdrawn e) {
            // 撤回项目登记 takes the project's lines with it (the ledger let only unspent, unadjusted ones go): they
            // leave every figure, as if never appropriated; the appropriation and the withdrawal stay in the history
            nonNull(e.lineIds()).forEach(lines::remove);
        } else if (payload instanceof FiscalYearClosed e) {
            // 年终结账: unspent authority either moves to next year (结转) or is withdrawn (收回)
            carriedForward = nonNull(e.carried()).stream().map(CarriedLine::amount).reduce(Money.ZERO, Money::plus);
            lapsed = e.lapsed() == null ? Money.ZERO : e.lapsed();
        }
    }

    /** 上年结转 lines carried by the prior year's close or declared for a first ledger year: the same opening. */
    private void opening(Collection<CarriedLine> carried) {
        for (CarriedLine l : nonNull(carried)) {
            addLine(carried(l, l.amount()));
            openingCarryOver.merge(l.fundNature(), l.amount(), Money::plus);
        }
    }

    /**
     * For a budget fact dated after the {@code through} date: only the line's keys, no amount. A transfer or an
     * adjustment dated earlier than its line's appropriation must still land on a line of the right kind.
     */
    void applyKeysOnly(Object payload) {
        if (payload instanceof FiscalYearOpened e) {
            nonNull(e.carriedLines()).forEach(l -> addLine(carried(l, Money.ZERO)));
        } else if (payload instanceof OpeningBalancesDeclared e) {
            nonNull(e.lines()).forEach(l -> addLine(carried(l, Money.ZERO)));
        } else if (payload instanceof AppropriationRecorded e) {
            addLine(appropriated(e, Money.ZERO));
        }
    }

    private static BudgetLine appropriated(AppropriationRecorded e, Money amount) {
        Vintage vintage = e.vintage() == null ? Vintage.CURRENT_YEAR : e.vintage();
        return new BudgetLine(e.lineId(), e.kind(), e.fundNature(), vintage, e.functionalCode(), e.economicCode(),
                e.projectCode(), e.initial(), amount, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    private static BudgetLine carried(CarriedLine l, Money amount) {
        // 上年结转 lines keep their nature and codes; they are never part of 年初预算数 (附件3 leaves that cell empty)
        return new BudgetLine(l.lineId(), l.kind(), l.fundNature(), Vintage.CARRY_OVER, l.functionalCode(),
                l.economicCode(), l.projectCode(), false, amount, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    private void addLine(BudgetLine keysAndAmount) {
        BudgetLine existing = lines.getOrDefault(keysAndAmount.lineId(), BudgetLine.unknown(keysAndAmount.lineId()));
        lines.put(keysAndAmount.lineId(), existing.withKeys(keysAndAmount));
    }

    private void update(String lineId, Function<BudgetLine, BudgetLine> change) {
        lines.put(lineId, change.apply(lines.getOrDefault(lineId, BudgetLine.unknown(lineId))));
    }

    private static <T> Collection<T> nonNull(Collection<T> items) {
        return items == null ? Collections.emptyList() : items;
    }

    // ---- reading ----

    public Collection<BudgetLine> lines() {
        return Collections.unmodifiableCollection(lines.values());
    }

    /** Σ of {@code amount} over the lines that match, e.g. {@code sum(l -> l.kind() == PROJECT, BudgetLine::full)}. */
    public Money sum(Predicate<BudgetLine> which, Function<BudgetLine, Money> amount) {
        Money total = Money.ZERO;
        for (BudgetLine l : lines.values()) {
            if (which.test(l)) {
                total = total.plus(amount.apply(l));
            }
        }
        return total;
    }

    public Money income(FundNature nature) {
        return income.getOrDefault(nature, Money.ZERO);
    }

    public Money incomeTotal() {
        return income.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money recoveredPriorYears(FundNature nature) {
        return recoveredPriorYears.getOrDefault(nature, Money.ZERO);
    }

    public Money recoveredPriorYearsTotal() {
        return recoveredPriorYears.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** 年初结转和结余: the authority carried into this year by {@code FiscalYearOpened} or declared by
     * {@code OpeningBalancesDeclared} (a first ledger year), by fund nature. */
    public Money openingCarryOver(FundNature nature) {
        return openingCarryOver.getOrDefault(nature, Money.ZERO);
    }

    public Money openingCarryOverTotal() {
        return openingCarryOver.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money procurementBudget() {
        return procurementBudget;
    }

    /** At close: the authority carried into next year (zero until the year is closed). */
    public Money carriedForward() {
        return carriedForward;
    }

    /** At close: the authority withdrawn (收回), zero until the year is closed. */
    public Money lapsed() {
        return lapsed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetFold b && lines.equals(b.lines) && income.equals(b.income)
                && recoveredPriorYears.equals(b.recoveredPriorYears) && openingCarryOver.equals(b.openingCarryOver)
                && procurementBudget.equals(b.procurementBudget) && carriedForward.equals(b.carriedForward)
                && lapsed.equals(b.lapsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, income, recoveredPriorYears, openingCarryOver, procurementBudget, carriedForward,
                lapsed);
    }
}
