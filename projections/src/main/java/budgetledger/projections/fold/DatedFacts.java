package budgetledger.projections.fold;

import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.FundsReceived;
import budgetledger.core.budget.ProcurementBudgetSet;
import budgetledger.core.establishment.EstablishmentDeclared;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.threepublic.ThreePublicLimitsSet;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.core.yearend.OpeningBalancesDeclared;

/**
 * Which events the business-date clock ({@code through}) applies to: the budget facts that happen on a day of
 * the year. Definitions — projects, indicators, goals, outcomes, texts, submissions — describe the year as a
 * whole and are always folded ("execution through 30 June" still shows every indicator).
 */
final class DatedFacts {
    private DatedFacts() {
    }

    static boolean isDated(Object payload) {
        return payload instanceof AppropriationRecorded
                || payload instanceof BudgetAdjusted
                || payload instanceof BudgetTransferred
                || payload instanceof FundsReceived
                || payload instanceof ProcurementBudgetSet
                || payload instanceof ExpenditureRecorded
                || payload instanceof ExpenditureReversed
                || payload instanceof ThreePublicLimitsSet
                || payload instanceof EstablishmentDeclared
                || payload instanceof FiscalYearOpened
                || payload instanceof OpeningBalancesDeclared
                || payload instanceof FiscalYearClosed;
    }
}
