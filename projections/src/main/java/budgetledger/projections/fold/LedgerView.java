package budgetledger.projections.fold;

import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.projections.stream.RecordedEvent;

import java.time.Instant;
import java.util.Objects;

/**
 * The fold state of one department-year: {@code state' = apply(state, event)}, written once and run in both homes
 * (the live processor that keeps it in PostgreSQL, and {@link Replay} for {@code asOf}/{@code through}). Mutable
 * for speed; Jackson-serializable from its fields with {@code LedgerJson.mapper()}, and a round trip gives an
 * equal view. Each feature folds its own events: budget, expenditure, 三公, establishment, performance.
 */
@FoldState
public final class LedgerView {
    /**
     * The shape of the stored state. Raise it when a fold learns something new from old events, so the live home
     * can see that a stored view predates the change and rebuild it by replay.
     */
    public static final int FOLD_VERSION = 1;

    private int foldVersion = FOLD_VERSION;
    private String ledgerId;
    private String departmentName;
    private long lastSequence = -1;
    private Instant lastRecordedAt;
    private BudgetFold budget = new BudgetFold();
    private ExpenditureFold expenditure = new ExpenditureFold();
    private ThreePublicFold threePublic = new ThreePublicFold();
    private EstablishmentFold establishment = new EstablishmentFold();
    private PerformanceFold performance = new PerformanceFold();
    private DeclaredPriorFold declaredPrior = new DeclaredPriorFold();

    private LedgerView() {
        // for Jackson
    }

    public static LedgerView empty(String ledgerId) {
        LedgerView view = new LedgerView();
        view.ledgerId = ledgerId;
        return view;
    }

    /** Pure state transition, no I/O; payloads no feature knows are ignored. Returns this. */
    public LedgerView apply(RecordedEvent e) {
        Object payload = e.payload();
        nameFrom(payload);
        budget.apply(payload);
        expenditure.apply(payload);
        threePublic.apply(payload);
        establishment.apply(payload);
        performance.apply(payload, e.sequence());
        declaredPrior.apply(payload);
        return track(e);
    }

    /**
     * For the live home, where a processor may deliver an event again after a restart: applies only events
     * past {@link #lastSequence()}. Returns this.
     */
    public LedgerView applyIfNew(RecordedEvent e) {
        return e.sequence() > lastSequence ? apply(e) : this;
    }

    /** A budget fact dated after the {@code through} date: its definitions (names, line keys) count, its amounts not. */
    LedgerView applyBeyondThrough(RecordedEvent e) {
        nameFrom(e.payload());
        budget.applyKeysOnly(e.payload());
        return track(e);
    }

    private void nameFrom(Object payload) {
        if (payload instanceof FiscalYearOpened e) {
            departmentName = e.departmentName();
        }
    }

    private LedgerView track(RecordedEvent e) {
        lastSequence = Math.max(lastSequence, e.sequence());
        Instant at = e.recordedTime();
        if (at != null && (lastRecordedAt == null || at.isAfter(lastRecordedAt))) {
            lastRecordedAt = at;
        }
        return this;
    }

    /** Last applied sequence, -1 if none. */
    public long lastSequence() {
        return lastSequence;
    }

    /** The latest recorded time among the applied events, null if none. */
    public Instant lastRecordedAt() {
        return lastRecordedAt;
    }

    /** The {@link #FOLD_VERSION} this state was built with; a stored view with another version must be rebuilt. */
    public int foldVersion() {
        return foldVersion;
    }

    public String ledgerId() {
        return ledgerId;
    }

    public String departmentName() {
        return departmentName;
    }

    public BudgetFold budget() {
        return budget;
    }

    public ExpenditureFold expenditure() {
        return expenditure;
    }

    public ThreePublicFold threePublic() {
        return threePublic;
    }

    public EstablishmentFold establishment() {
        return establishment;
    }

    public PerformanceFold performance() {
        return performance;
    }

    /** 上年比较数 declared from documents (a first ledger year's comparatives). */
    public DeclaredPriorFold declaredPrior() {
        return declaredPrior;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerView v && foldVersion == v.foldVersion && lastSequence == v.lastSequence
                && Objects.equals(ledgerId, v.ledgerId) && Objects.equals(departmentName, v.departmentName)
                && Objects.equals(lastRecordedAt, v.lastRecordedAt) && budget.equals(v.budget)
                && expenditure.equals(v.expenditure) && threePublic.equals(v.threePublic)
                && establishment.equals(v.establishment) && performance.equals(v.performance)
                && declaredPrior.equals(v.declaredPrior);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ledgerId, lastSequence, budget, expenditure, performance);
    }

    @Override
    public String toString() {
        return "LedgerView[" + ledgerId + " @" + lastSequence + "]";
    }
}
