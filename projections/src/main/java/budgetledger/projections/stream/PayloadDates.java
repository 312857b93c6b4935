package budgetledger.projections.stream;

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

import java.time.LocalDate;

/** The business date a payload carries itself, for events whose metadata lacks one (older or hand-built streams). */
final class PayloadDates {
    private PayloadDates() {
    }

    static LocalDate of(Object payload) {
        if (payload instanceof AppropriationRecorded e) {
            return e.businessDate();
        } else if (payload instanceof BudgetAdjusted e) {
            return e.businessDate();
        } else if (payload instanceof BudgetTransferred e) {
            return e.businessDate();
        } else if (payload instanceof FundsReceived e) {
            return e.businessDate();
        } else if (payload instanceof ProcurementBudgetSet e) {
            return e.businessDate();
        } else if (payload instanceof ExpenditureRecorded e) {
            return e.businessDate();
        } else if (payload instanceof ExpenditureReversed e) {
            return e.businessDate();
        } else if (payload instanceof ThreePublicLimitsSet e) {
            return e.businessDate();
        } else if (payload instanceof EstablishmentDeclared e) {
            return e.businessDate();
        } else if (payload instanceof FiscalYearOpened e) {
            // the aggregate dates the opening (and its carried lines) on 1 January
            return LocalDate.of(e.year(), 1, 1);
        } else if (payload instanceof OpeningBalancesDeclared e) {
            return LocalDate.of(e.year(), 1, 1);
        } else if (payload instanceof FiscalYearClosed e) {
            return LocalDate.of(e.year(), 12, 31);
        }
        return null;
    }
}
