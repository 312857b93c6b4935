package budgetledger.bench.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static budgetledger.bench.reliability.MainStore.LOAD;

/**
 * {@code two-instances}: a second instance on the same database; eight clients alternate their writes between the
 * two (as a round-robin load balancer does), then the first instance, which owns the live views' segments, is killed
 * with {@code kill -9}. Its clients' requests fail to connect and are sent to the survivor with the same
 * {@code Idempotency-Key}; the balancer drops the dead instance after one second (its health check). No answer may be
 * a 5xx, no acknowledged write may be lost; the takeover time is how long until the survivor owns every segment of
 * the live views (the claim timeout) and they have folded every event.
 */
final class TwoInstancesScenario {
    private static final String S = "two-instances";
    private static final String VIEWS = "ledger-views";

    private TwoInstancesScenario() {
    }

    static AppProcess run(Reliability.Suite suite, AppProcess a) throws Exception {
        Store store = suite.store();
        AppProcess b = new AppProcess("ledger-b", a.jdbcUrl, a.work).start();
        boolean survived = false;
        try {
            CopyOnWriteArrayList<String> bases = new CopyOnWriteArrayList<>(List.of(a.base(), b.base()));
            Load load = new Load(bases, suite.token(), LOAD, "two", 8).start();
            double takeover;
            double caughtUp;
            long alternating;
            long conflicts;
            try {
                Load.sleep(suite.quick() ? 4000 : 15000);
                alternating = load.acknowledged.size();
                conflicts = load.count(409);
                suite.measured(S, "segments of the live views before the kill", "ledger-a " + store.segmentsOwnedBy(VIEWS, "ledger-a")
                        + ", ledger-b " + store.segmentsOwnedBy(VIEWS, "ledger-b") + " of " + store.segments(VIEWS));
                a.kill9();
                long killed = System.nanoTime();
                Load.sleep(1000); // the balancer's health check notices
                bases.remove(a.base());
                long segments = store.segments(VIEWS);
                while (store.segmentsOwnedBy(VIEWS, "ledger-b") < segments) {
                    if (System.nanoTime() - killed > 120_000_000_000L) {
                        throw new IllegalStateException("ledger-b did not take the live views over within 120 s");
                    }
                    Load.sleep(100);
                }
                takeover = (System.nanoTime() - killed) / 1e9;
                Load.sleep(suite.quick() ? 2000 : 10000);
            } finally {
                load.close();
            }
            caughtUp = store.awaitViews(120);
            suite.measured(S, "writes acknowledged while both instances took alternating writes", alternating
                    + " (409 CONCURRENT_MODIFICATION answered, then retried: " + conflicts + ")");
            suite.figure(S, "5xx answers (both instances, the kill included)", load.serverErrors.get()
                    + (load.firstServerError.get() == null ? "" : " (first: " + load.firstServerError.get() + ")"),
                    load.serverErrors.get() == 0 && load.leaks.get() == 0);
            Store.Tally tally = store.check(load.acknowledged);
            suite.figure(S, "acknowledged-but-lost", tally, tally.ok());
            suite.measured(S, "connection failures (requests in flight to the killed instance, retried on the other)",
                    load.connectionFailures.get());
            suite.figure(S, "takeover: from kill -9 until ledger-b owns every live-view segment",
                    String.format("%.1f s (claim timeout 10 s); views caught up %.1f s later", takeover, caughtUp),
                    takeover < 60);
            KillRoundsScenario.checkViewsAndChains(suite, S, b, store, suite.token());
            survived = true;
        } finally {
            if (!survived) {
                b.close();
            }
        }
        return b; // the survivor serves the scenarios after this one
    }
}
