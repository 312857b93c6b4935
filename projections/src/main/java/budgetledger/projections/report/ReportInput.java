package budgetledger.projections.report;

import budgetledger.core.common.LedgerId;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.fold.LedgerView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report is made of: this year's key figures (the only source of its numbers), the prior year's own
 * figures (for the prior-year project rows of 附件1), the two fold states (recorded texts, goals, establishment
 * detail, and the spending buckets the "largest contributors" to a change are read from) and the scoring
 * options (the 10 points of 预算执行率).
 */
public record ReportInput(FiguresDocument figures, FiguresDocument priorFigures, LedgerView current, LedgerView prior,
                          FiguresOptions options) {
    public ReportInput {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(current, "current");
        options = options == null ? FiguresOptions.DEFAULT : options;
        if (!LedgerId.of(figures.department(), figures.year()).equals(current.ledgerId())) {
            throw new IllegalArgumentException("figures of " + figures.department() + " " + figures.year()
                    + " do not belong to " + current.ledgerId());
        }
    }

    /**
     * The figures as {@link KeyFigures#build} makes them from the two views (prior null: no prior year; folded by
     * the caller at the same {@code asOf}, through the same day of the prior year), and the prior year's own
     * figures from that same prior view.
     */
    public static ReportInput of(LedgerView current, LedgerView prior, Instant asOf, LocalDate through,
                                 FiguresOptions options) {
        FiguresDocument figures = KeyFigures.build(current, prior, asOf, through, options);
        FiguresDocument priorFigures = prior == null ? null
                : KeyFigures.build(prior, null, asOf, through == null ? null : through.minusYears(1), options);
        return new ReportInput(figures, priorFigures, current, prior, options);
    }

    /** The prior year's view, or an empty one when there is no prior year. */
    LedgerView priorView() {
        return prior != null ? prior : LedgerView.empty(null);
    }
}
