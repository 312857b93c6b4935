package budgetledger.projections.figures;

import budgetledger.core.establishment.StaffGroup;
import budgetledger.projections.fold.Establishment;
import budgetledger.projections.fold.LedgerView;

import java.math.BigDecimal;
import java.math.MathContext;

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
        f.count("staff.authorized", authorized);
        f.count("staff.actual", actual);
        f.count("staff.authorized.own", authorizedOwn);
        f.count("staff.actual.own", actualOwn);
        f.rate("staff.controlRate", ratio(actual, authorized));
        f.rate("staff.controlRate.own", ratio(actualOwn, authorizedOwn));
        f.count("staff.retired", e.retired());
        f.count("vehicles.authorized", e.vehiclesAuthorized());
        f.count("vehicles.actual", e.vehiclesActual());
    }

    private static BigDecimal ratio(int numerator, int denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }
}
