package budgetledger.projections.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.BudgetFold;
import budgetledger.projections.fold.BudgetLine;
import budgetledger.projections.fold.LedgerView;

import static budgetledger.projections.figures.FigureNames.*;

/**
 * 预算 and 收入: budget authority (年初, 全年, by kind and fund nature), income by nature, the funds identity
 * (opening + recovered + income − expenditure = closing, docs/scoring.md R13) and the two execution rates that the
 * seed prints side by side (discrepancy #8): against the full-year budget, and against the funds available.
 */
final class BudgetFigures {
    private BudgetFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        BudgetFold b = view.budget();
        authority(f, b);
        incomeAndFunds(f, b);
        Money spent = f.money(EXPENDITURE_TOTAL);
        Money opening = b.openingCarryOverTotal();
        Money recovered = b.recoveredPriorYearsTotal();
        Money available = opening.plus(recovered).plus(b.incomeTotal());
        f.money(CARRY_OVER_OPENING, opening);
        f.money(CARRY_OVER_CLOSING, available.minus(spent));
        f.money(BUDGET_UNSPENT, f.money(BUDGET_FULL).minus(spent));
        f.rate(EXECUTION_RATE, spent, f.money(BUDGET_FULL));
        f.rate(EXECUTION_RATE_OF_AVAILABLE_FUNDS, spent, available);
        f.money(BUDGET_PROCUREMENT, b.procurementBudget());
        f.rate(PROCUREMENT_EXECUTION_RATE, f.money(EXPENDITURE_PROCUREMENT), b.procurementBudget());
        f.money(YEAR_END_CARRIED_FORWARD, b.carriedForward());
        f.money(YEAR_END_LAPSED, b.lapsed());
        projectCategories(f, view);
        // 楼堂馆所 are not recorded yet; the figures promise every key present, and zero is the truth for the seed
        f.money(BUILDINGS_APPROVED_INVESTMENT, Money.ZERO);
        f.money(BUILDINGS_ACTUAL_INVESTMENT, Money.ZERO);
    }

    private static void authority(FigureSet f, BudgetFold b) {
        f.money(BUDGET_INITIAL, b.sum(l -> true, BudgetLine::initialAmount));
        f.money(BUDGET_FULL, b.sum(l -> true, BudgetLine::full));
        f.money(BUDGET_SUPPLEMENTED, b.sum(l -> true, BudgetLine::supplemented));
        f.money(BUDGET_REDUCED, b.sum(l -> true, BudgetLine::reduced));
        f.rate(BUDGET_ADJUSTMENT_RATE, f.money(BUDGET_SUPPLEMENTED).plus(f.money(BUDGET_REDUCED)),
                f.money(BUDGET_INITIAL));
        f.money(BUDGET_BASIC_INITIAL, b.sum(BudgetFigures::basic, BudgetLine::initialAmount));
        f.money(BUDGET_BASIC_FULL, b.sum(BudgetFigures::basic, BudgetLine::full));
        f.money(BUDGET_BASIC_PERSONNEL_FULL, b.sum(l -> l.kind() == LineKind.BASIC_PERSONNEL, BudgetLine::full));
        f.money(BUDGET_BASIC_PUBLIC_FULL, b.sum(l -> l.kind() == LineKind.BASIC_PUBLIC, BudgetLine::full));
        f.money(BUDGET_PROJECT_INITIAL, b.sum(l -> l.kind() == LineKind.PROJECT, BudgetLine::initialAmount));
        f.money(BUDGET_PROJECT_FULL, b.sum(l -> l.kind() == LineKind.PROJECT, BudgetLine::full));
        f.money(BUDGET_CARRY_OVER_FULL, b.sum(l -> l.vintage() == Vintage.CARRY_OVER, BudgetLine::full));
        for (FundNature n : FundNature.values()) {
            f.money(budgetFundFull(n), b.sum(l -> l.fundNature() == n, BudgetLine::full));
        }
    }

    private static void incomeAndFunds(FigureSet f, BudgetFold b) {
        Money total = b.incomeTotal();
        f.money(INCOME_TOTAL, total);
        f.money(INCOME_RECOVERED_PRIOR_YEARS, b.recoveredPriorYearsTotal());
        Money available = Money.ZERO;
        for (FundNature n : FundNature.values()) {
            f.money(income(n), b.income(n));
            f.rate(incomeShare(n), b.income(n), total);
            // 附件2 "按收入性质分" counts every source of a nature: 一般公共预算 1796.19 = 1796.18 + 0.01 recovered
            Money ofNature = b.income(n).plus(b.recoveredPriorYears(n)).plus(b.openingCarryOver(n));
            f.money(fundsAvailable(n), ofNature);
            available = available.plus(ofNature);
        }
        f.money(FUNDS_AVAILABLE_TOTAL, available);
    }

    /** 附件1 groups 项目支出 by the project's category; a line's category is its project's. */
    private static void projectCategories(FigureSet f, LedgerView view) {
        for (ProjectCategory c : ProjectCategory.values()) {
            Money budget = view.budget().sum(l -> l.kind() == LineKind.PROJECT && categoryOf(view, l.projectCode()) == c,
                    BudgetLine::full);
            Money actual = view.expenditure().sum(s -> s.kind() == LineKind.PROJECT
                    && categoryOf(view, s.projectCode()) == c);
            f.money(projectCategoryBudget(c), budget);
            f.money(projectCategoryActual(c), actual);
        }
    }

    static ProjectCategory categoryOf(LedgerView view, String projectCode) {
        return view.performance().project(projectCode).map(p -> p.category()).orElse(null);
    }

    private static boolean basic(BudgetLine l) {
        return l.kind() != null && l.kind().isBasic();
    }
}
