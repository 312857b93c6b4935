package budgetledger.app.figures;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.ledger.FiguresAtMoment;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.common.LedgerId;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.Replay;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The key figures of a department-year from either home of the same fold: the live view (a read) when the
 * caller asks for "now", or a replay of the stream up to {@code asOf} / {@code through}. The prior year is
 * always taken at the same {@code asOf}, so a past evaluation compares with the prior year as it was then known.
 */
@Service
public class FiguresService implements FiguresAtMoment {
    private final StoredEvents events;
    private final ViewStore views;
    private final DepartmentDirectory directory;
    private final ScoringProperties scoring;
    private final Clock clock;

    public FiguresService(StoredEvents events, ViewStore views, DepartmentDirectory directory, ScoringProperties scoring) {
        this.events = events;
        this.views = views;
        this.directory = directory;
        this.scoring = scoring;
        this.clock = Clock.systemUTC();
    }

    /**
     * Figures as of now: a read of the live views when they are current; when the streaming processor still trails
     * the store for this ledger (just after a write), the same fold is replayed instead, so a reader always sees
     * what was recorded.
     */
    public FiguresDocument live(String departmentId, int year) {
        directory.requireYear(departmentId, year);
        Instant now = clock.instant();
        YearAndPrior years = YearAndPrior.fold(departmentId, year, null, opened(departmentId),
                (ledgerId, cut) -> current(ledgerId, null, null));
        return KeyFigures.build(years.current(), years.prior(), now, null, scoring.options());
    }

    /** The live view when asked for "now" and it is caught up; otherwise a replay. */
    public LedgerView current(String ledgerId, Instant asOf, LocalDate through) {
        if (asOf == null && through == null) {
            java.util.Optional<LedgerView> live = views.load(ledgerId);
            if (live.isPresent() && live.get().lastSequence() >= events.headSequence(ledgerId)) {
                return live.get();
            }
        }
        return replay(ledgerId, asOf == null ? clock.instant() : asOf, through);
    }

    /** Historical figures: the same fold replayed from the event store up to asOf (recorded) and through (business). */
    @Override
    public FiguresDocument replayed(String departmentId, int year, Instant asOf, LocalDate through) {
        Instant at = asOf == null ? clock.instant() : asOf;
        YearAndPrior years = replayWithPrior(departmentId, year, at, through);
        return KeyFigures.build(years.current(), years.prior(), at, through, scoring.options());
    }

    /** This year replayed up to {@code at} / {@code through}, and the prior year at the same moment. */
    public YearAndPrior replayWithPrior(String departmentId, int year, Instant at, LocalDate through) {
        directory.requireYear(departmentId, year);
        return YearAndPrior.fold(departmentId, year, through, opened(departmentId),
                (ledgerId, cut) -> replay(ledgerId, at, cut));
    }

    /**
     * The events behind one figure. {@code prior.X} is traced in the prior year's stream as X, at the same asOf.
     */
    public budgetledger.projections.trail.FigureTrail.Trail trail(String departmentId, int year, String figure,
                                                                  Instant asOf, LocalDate through) {
        Optional<FigureName> name = FigureNames.department(figure);
        if (name.isPresent() && name.get().column() == FigureName.Column.PRIOR) {
            return trail(departmentId, year - 1, name.get().base().key(), asOf,
                    through == null ? null : through.minusYears(1));
        }
        Instant at = asOf == null ? clock.instant() : asOf;
        String ledgerId = LedgerId.of(departmentId, year);
        directory.requireYear(departmentId, year);
        LedgerView prior = YearAndPrior.prior(departmentId, year, through, opened(departmentId),
                (id, cut) -> replay(id, at, cut));
        return budgetledger.projections.trail.FigureTrail.of(ledgerId, events.stream(ledgerId), prior, figure, at,
                through, scoring.options());
    }

    private java.util.function.IntPredicate opened(String departmentId) {
        return y -> directory.yearExists(departmentId, y);
    }

    /**
     * The historical home. Cut by recorded time alone, the fold starts from the live home's latest checkpoint
     * recorded by {@code asOf} — the same fold over the same prefix of the stream, since recorded time never goes
     * backwards within a stream — and folds only the events after it. Cut by business date, it folds the whole stream.
     */
    @Override
    public LedgerView replay(String ledgerId, Instant asOf, LocalDate through) {
        if (asOf != null && through == null) {
            LedgerView view = views.checkpointAsOf(ledgerId, asOf).orElseGet(() -> LedgerView.empty(ledgerId));
            events.forEachFrom(ledgerId, view.lastSequence() + 1, e -> {
                Instant at = e.recordedTime();
                if (at != null && at.isAfter(asOf)) {
                    return false; // and so is every later event of the stream
                }
                view.apply(e);
                return true;
            });
            return view;
        }
        return Replay.fold(ledgerId, events.stream(ledgerId), asOf, through);
    }

    public void requireYear(String departmentId, int year) {
        directory.requireYear(departmentId, year);
    }
}
