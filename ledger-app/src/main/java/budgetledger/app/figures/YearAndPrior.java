package budgetledger.app.figures;

import budgetledger.core.common.LedgerId;
import budgetledger.projections.fold.LedgerView;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/**
 * A department-year's fold and its prior year's — what the key figures and the report compare. The prior year is
 * folded at the same moment as this one, so a past evaluation compares with the prior year as it was then known,
 * and through the same day of its own year ("through 30 June" compares with 30 June, not the prior whole year).
 *
 * @param prior null when the prior year was never opened
 */
public record YearAndPrior(LedgerView current, LedgerView prior) {

    /**
     * Folds both years with {@code fold} (a ledger id and a business-date cut → its view, at the caller's moment);
     * {@code opened} says whether a year of the department exists at all.
     */
    public static YearAndPrior fold(String departmentId, int year, LocalDate through, IntPredicate opened,
                                    BiFunction<String, LocalDate, LedgerView> fold) {
        return new YearAndPrior(fold.apply(LedgerId.of(departmentId, year), through),
                prior(departmentId, year, through, opened, fold));
    }

    /** The prior year alone, folded as {@link #fold} folds it (a figure's trail needs nothing more). */
    public static LedgerView prior(String departmentId, int year, LocalDate through, IntPredicate opened,
                                   BiFunction<String, LocalDate, LedgerView> fold) {
        return opened.test(year - 1)
                ? fold.apply(LedgerId.of(departmentId, year - 1), through == null ? null : through.minusYears(1)) : null;
    }
}
