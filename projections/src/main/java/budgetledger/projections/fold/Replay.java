package budgetledger.projections.fold;

import budgetledger.projections.stream.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The historical home of the fold: the same {@link LedgerView#apply} run in memory over the stream read from the
 * event store, cut by the two clocks. {@code asOf} (recorded time) hides what the ledger had not yet learned —
 * later corrections are invisible, as an auditor needs; {@code through} (business date) limits the dated budget
 * facts to those that had happened by that day.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * The historical home: fold events recorded at or before asOf (null = all) and, for dated budget facts, with
     * business date <= through (null = all).
     */
    public static LedgerView fold(String ledgerId, Iterable<RecordedEvent> events, Instant asOf, LocalDate through) {
        return foldStepwise(ledgerId, events, asOf, through, (e, view) -> { });
    }

    /**
     * The same fold, calling {@code afterEach} with every event folded and the view right after it — so the
     * contribution of one event to a figure is the figure's change across that step (the audit trail).
     */
    public static LedgerView foldStepwise(String ledgerId, Iterable<RecordedEvent> events, Instant asOf,
                                          LocalDate through, java.util.function.BiConsumer<RecordedEvent, LedgerView> afterEach) {
        LedgerView view = LedgerView.empty(ledgerId);
        for (RecordedEvent e : inStreamOrder(ledgerId, events)) {
            if (!recordedBy(e, asOf)) {
                continue;
            }
            if (DatedFacts.isDated(e.payload()) && !happenedBy(e, through)) {
                view.applyBeyondThrough(e);
            } else {
                view.apply(e);
            }
            afterEach.accept(e, view);
        }
        return view;
    }

    /** The events of this ledger by sequence (a stable sort: a stream read in order stays as it is). */
    private static List<RecordedEvent> inStreamOrder(String ledgerId, Iterable<RecordedEvent> events) {
        List<RecordedEvent> mine = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.ledgerId() == null || ledgerId == null || e.ledgerId().equals(ledgerId)) {
                mine.add(e);
            }
        }
        mine.sort(Comparator.comparingLong(RecordedEvent::sequence));
        return mine;
    }

    private static boolean recordedBy(RecordedEvent e, Instant asOf) {
        Instant at = e.recordedTime();
        return asOf == null || at == null || !at.isAfter(asOf);
    }

    private static boolean happenedBy(RecordedEvent e, LocalDate through) {
        LocalDate day = e.businessDay();
        return through == null || day == null || !day.isAfter(through);
    }
}
