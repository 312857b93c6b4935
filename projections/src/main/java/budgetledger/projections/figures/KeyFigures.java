package budgetledger.projections.figures;

import budgetledger.core.common.LedgerId;
import budgetledger.projections.fold.LedgerView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key figures of a department-year (docs/figures.md; each name in {@link FigureNames}), a pure function of two
 * fold states: this year's and the prior year's, taken at the same {@code asOf}. The live report and a replayed one call this with views from
 * different homes and so cannot disagree; HTML, XLSX and PDF print these values, never recompute them.
 */
public final class KeyFigures {
    private KeyFigures() {
    }

    /**
     * prior may be null (no prior year in the ledger: prior.* figures are the declared comparatives, else null).
     * Pure function of the two views.
     */
    public static FiguresDocument build(LedgerView current, LedgerView prior, Instant asOf, LocalDate through,
                                        FiguresOptions options) {
        FiguresOptions o = options == null ? FiguresOptions.DEFAULT : options;
        FigureSet before = prior != null ? DepartmentYear.of(prior, o).figures() : null;
        PriorYearBasis[] basis = new PriorYearBasis[1];
        // the ledger's figures meet the prior year before scoring (a measure may be a change rate), the scores after
        DepartmentYear now = DepartmentYear.of(current, o,
                f -> basis[0] = PriorYear.addTo(f, before, current.declaredPrior()));
        PriorYear.addTo(now.figures(), before, current.declaredPrior());
        String department = LedgerId.departmentOf(current.ledgerId());
        int year = LedgerId.yearOf(current.ledgerId());
        Map<String, List<IndicatorRow>> indicators = new TreeMap<>(Map.of("department", now.rows()));
        return new FiguresDocument(department, current.departmentName(), year, asOf,
                through != null ? through : LocalDate.of(year, 12, 31), now.figures().toJson(), indicators,
                now.projects(), basis[0], now.partFindings());
    }
}
