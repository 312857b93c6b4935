package budgetledger.projections.figures;

import budgetledger.core.establishment.StaffGroup;
import budgetledger.projections.fold.Establishment;
import budgetledger.projections.fold.LedgerView;

import java.math.BigDecimal;
import java.math.MathContext;

import static budgetledger.projections.figures.FigureNames.*;

/**
 * 编制 and 实有人数 in both scopes of seed discrepancy #6: {@code staff.*} counts the seconded staff whose costs
 * this department bears (财政供养, 70 / 64), {@code staff.*.own} the department's own establishment (66 / 60).
 */
final class StaffFigures {
    private StaffFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        Establishment e = view.establishment().current();
        int authorized = e.sum(g -> true, StaffGroup::authorized);
        int actual = e.sum(g -> true, StaffGroup::actual);
        int authorizedOwn = e.sum(g -> !g.seconded(), StaffGroup::authorized);
        int actualOwn = e.sum(g -> !g.seconded(), StaffGroup::actual);
        f.count(STAFF_AUTHORIZED, authorized);
        f.count(STAFF_ACTUAL, actual);
        f.count(STAFF_AUTHORIZED_OWN, authorizedOwn);
        f.count(STAFF_ACTUAL_OWN, actualOwn);
        f.rate(STAFF_CONTROL_RATE, ratio(actual, authorized));
        f.rate(STAFF_CONTROL_RATE_OWN, ratio(actualOwn, authorizedOwn));
        f.count(STAFF_RETIRED, e.retired());
        f.count(VEHICLES_AUTHORIZED, e.vehiclesAuthorized());
        f.count(VEHICLES_ACTUAL, e.vehiclesActual());
    }

    private static BigDecimal ratio(int numerator, int denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }
}
