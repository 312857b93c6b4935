package budgetledger.bench;

import org.axonframework.eventhandling.StreamingEventProcessor;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code replay}: reset the live-view processor and rebuild every view of the city, against plain reads and
 * deserialization of the same rows split into as many partitions as the processor has segments, on as many threads
 * as it has workers.
 */
final class ReplayScenario {
    private ReplayScenario() {
    }

    static int run(String db) throws Exception {
        try (LedgerApp app = LedgerApp.start(db, false)) {
            app.awaitViews(3_600);
            long events = app.events();
            long head = app.head();
            int segments = app.viewSegments();
            int threads = app.viewThreads();
            StreamingEventProcessor views = app.views();
            Cpu cpu = Cpu.start(db);
            long start = System.nanoTime();
            views.shutDown();
            views.resetTokens();
            views.start();
            long lastLine = start;
            while (!app.viewsCaughtUp(head)) {
                Thread.sleep(20);
                if (System.nanoTime() - lastLine > 5_000_000_000L) {
                    OUT.printf("replay: %d of %d%n", Math.max(0, app.viewsPosition()), head);
                    lastLine = System.nanoTime();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = events / seconds;
            Long rebuilt = app.jdbc().queryForObject("SELECT count(*) FROM ledger_view", Long.class);
            OUT.printf("ledger replay (%d segments on %d worker threads): reset and rebuilt %d live views from %d events "
                    + "in %.1f s: %.0f events/s%n", segments, threads, rebuilt, events, seconds, rate);
            OUT.println(cpu.report(events, "events"));
            double baseline = BaselineReads.readAndDeserialize(db, segments, threads);
            OUT.printf("baseline (plain JDBC read of the %d event rows in %d ranges of the store's order, as many as the "
                    + "segments, on %d threads, as many as the workers; payload and metadata JSON deserialized, no fold): "
                    + "%.0f events/s%n", events, segments, threads, baseline);
            double ratio = rate / baseline;
            goal("≥ 100,000 events/s", rate >= 100_000);
            goal("ratio ≥ 0.5", ratio >= 0.5);
            goal("fits -Xmx512m", Runtime.getRuntime().maxMemory() <= 512L << 20);
            Bench.result("replay", rate, "events/s", baseline, ratio);
            return 0;
        }
    }
}
