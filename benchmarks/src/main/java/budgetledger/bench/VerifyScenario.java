package budgetledger.bench;

import budgetledger.app.audit.AuditService;
import budgetledger.app.audit.ChainVerifier;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code verify}: the hash-chain verification of the city (digests on one thread per core), against plain reads of
 * the same rows in the same order, split over as many threads, with the metadata parsed as verify parses it.
 */
final class VerifyScenario {
    private VerifyScenario() {
    }

    static int run(String db) throws Exception {
        try (LedgerApp app = LedgerApp.start(db, false)) {
            app.awaitViews(3_600);
            // AuditService digests on one thread per core as the JVM counts them
            int threads = Cpu.cores();
            Cpu cpu = Cpu.start(db);
            long start = System.nanoTime();
            ChainVerifier.Report report = app.bean(AuditService.class).verify(null, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = report.events() / seconds;
            OUT.printf("ledger verify (one reading thread, %d digest threads): %d streams, %d events, %d broken, in %.1f s: "
                    + "%.0f events/s%n", threads, report.streams(), report.events(), report.breaks().size(), seconds, rate);
            OUT.println(cpu.report(report.events(), "events"));
            double baseline = BaselineReads.readRows(db, threads);
            OUT.printf("baseline (plain JDBC read of the same rows in the same order, the streams split into %d ranges "
                    + "read by %d threads; payload as text, metadata parsed, no hash): %.0f rows/s%n", threads, threads, baseline);
            double ratio = rate / baseline;
            goal("ratio ≥ 0.5", ratio >= 0.5);
            Bench.result("verify", rate, "events/s", baseline, ratio);
            return report.ok() ? 0 : 1;
        }
    }
}
