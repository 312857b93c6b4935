package budgetledger.projections.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.BudgetFold;
import budgetledger.projections.fold.BudgetLine;
import budgetledger.projections.fold.LedgerView;

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
        income(f, b);
        Money spent = f.money("expenditure.total");
        Money opening = b.openingCarryOverTotal();
        Money recovered = b.recoveredPriorYearsTotal();
        Money available = opening.plus(recovered).plus(b.incomeTotal());
        f.money("carryOver.opening", opening);
        f.money("carryOver.closing", available.minus(spent));
        f.money("budget.unspent", f.money("budget.full").minus(spent));
        f.rate("execution.rate", spent, f.money("budget.full"));
        f.rate("execution.rateOfAvailableFunds", spent, available);
        f.money("budget.procurement", b.procurementBudget());
        f.money("yearEnd.carriedForward", b.carriedForward());
        f.money("yearEnd.lapsed", b.lapsed());
        projectCategories(f, view);
        // 楼堂馆所 are not recorded yet; figures.md wants the keys present, and zero is the truth for the seed
        f.money("buildings.approvedInvestment", Money.ZERO);
        f.money("buildings.actualInvestment", Money.ZERO);
    }

    private static void authority(FigureSet f, BudgetFold b) {
        f.money("budget.initial", b.sum(l -> true, BudgetLine::initialAmount));
        f.money("budget.full", b.sum(l -> true, BudgetLine::full));
        f.money("budget.supplemented", b.sum(l -> true, BudgetLine::supplemented));
        f.money("budget.reduced", b.sum(l -> true, BudgetLine::reduced));
        f.money("budget.basic.initial", b.sum(BudgetFigures::basic, BudgetLine::initialAmount));
        f.money("budget.basic.full", b.sum(BudgetFigures::basic, BudgetLine::full));
        f.money("budget.basic.personnel.full", b.sum(l -> l.kind() == LineKind.BASIC_PERSONNEL, BudgetLine::full));
        f.money("budget.basic.public.full", b.sum(l -> l.kind() == LineKind.BASIC_PUBLIC, BudgetLine::full));
        f.money("budget.project.initial", b.sum(l -> l.kind() == LineKind.PROJECT, BudgetLine::initialAmount));
        f.money("budget.project.full", b.sum(l -> l.kind() == LineKind.PROJECT, BudgetLine::full));
        f.money("budget.carryOver.full", b.sum(l -> l.vintage() == Vintage.CARRY_OVER, BudgetLine::full));
        for (FundNature n : FundNature.values()) {
            f.money("budget.fund." + n.key() + ".full", b.sum(l -> l.fundNature() == n, BudgetLine::full));
        }
    }

    private static void income(FigureSet f, BudgetFold b) {
        Money total = b.incomeTotal();
        f.money("income.total", total);
        f.money("income.recoveredPriorYears", b.recoveredPriorYearsTotal());
        Money available = Money.ZERO;
        for (FundNature n : FundNature.values()) {
            f.money("income." + n.key(), b.income(n));
            f.rate("income.share." + n.key(), b.income(n), total);
            // 附件2 "按收入性质分" counts every source of a nature: 一般公共预算 1796.19 = 1796.18 + 0.01 recovered
            Money ofNature = b.income(n).plus(b.recoveredPriorYears(n)).plus(b.openingCarryOver(n));
            f.money("funds.available." + n.key(), ofNature);
            available = available.plus(ofNature);
        }
        f.money("funds.available.total", available);
    }

    /** 附件1 groups 项目支出 by the project's category; a line's category is its project's. */
    private static void projectCategories(FigureSet f, LedgerView view) {
        for (ProjectCategory c : ProjectCategory.values()) {
            Money budget = view.budget().sum(l -> l.kind() == LineKind.PROJECT && categoryOf(view, l.projectCode()) == c,
                    BudgetLine::full);
            Money actual = view.expenditure().sum(s -> s.kind() == LineKind.PROJECT
                    && categoryOf(view, s.projectCode()) == c);
            f.money("project.category." + c.key() + ".budget", budget);
            f.money("project.category." + c.key() + ".actual", actual);
        }
    }

    static ProjectCategory categoryOf(LedgerView view, String projectCode) {
        return view.performance().project(projectCode).map(p -> p.category()).orElse(null);
    }

    private static boolean basic(BudgetLine l) {
        return l.kind() != null && l.kind().isBasic();
    }
}
