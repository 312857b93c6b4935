package budgetledger.app.ledger;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.fold.LedgerView;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The key figures of a department-year as they stood at a moment, for a command that records them (a submission
 * stores the score computed from them). The figures feature provides it; it reads the ledger's store, so the ledger
 * names only this interface and the dependency between the two packages runs one way.
 */
public interface FiguresAtMoment {
    /** The key figures replayed up to {@code asOf} (recorded time) and {@code through} (business date). */
    FiguresDocument replayed(String departmentId, int year, Instant asOf, LocalDate through);

    /** The fold of one department-year's stream up to {@code asOf} and {@code through}. */
    LedgerView replay(String ledgerId, Instant asOf, LocalDate through);
}
