package budgetledger.bench;

import budgetledger.app.ledger.Importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code import}: the ledger's import of a city file on its parallel lanes, against plain batched inserts by as many
 * parallel writers as the import has lanes. {@code load-city} is the same import without the baseline: the city that
 * {@code replay} and {@code verify} read.
 */
final class ImportScenario {
    private ImportScenario() {
    }

    static int run(String db, boolean quick, boolean measured) throws Exception {
        long commands = quick ? 100_000 : 1_000_000;
        int departments = quick ? 25 : 250;
        int lastYear = LocalDate.now().getYear() - 1;
        City city = City.ofSize(commands, departments, 2, lastYear, Scenarios.SEED);
        Path file = Files.createTempFile("bench-city-", ".jsonl");
        try {
            long t0 = System.nanoTime();
            long lines = city.write(file);
            OUT.printf("city: %d departments × 2 years (%d–%d), %d commands, %d MiB of JSON Lines, generated in %.1f s%n",
                    departments, lastYear - 1, lastYear, lines, Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
            try (LedgerApp app = LedgerApp.start(db, false)) {
                int lanes = app.importLanes();
                long start = System.nanoTime();
                Cpu cpu = Cpu.start(db);
                Importer.Result result = Scenarios.importFile(app, file);
                double seconds = (System.nanoTime() - start) / 1e9;
                long events = app.events();
                double rate = events / seconds;
                OUT.printf("ledger import (%d lanes): %d lines applied, %d rejected, %d events appended in %.1f s: %.0f events/s%n",
                        lanes, result.applied(), result.rejected().size(), events, seconds, rate);
                OUT.println(cpu.report(events, "events"));
                double lag = app.awaitViews(3_600);
                OUT.printf("live views caught up %.1f s after the import ended%n", lag);
                if (!Scenarios.refusedNone(result)) {
                    return 1;
                }
                return measured ? baseline(db, events, rate, lanes) : 0;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int baseline(String db, long events, double rate, int lanes) throws Exception {
        Baselines.Row row = Baselines.sampleRow(db, "ExpenditureRecorded");
        double baseline = BaselineWrites.insertBatched(db, row, events, 1_000, lanes);
        OUT.printf("baseline (plain JDBC, %d rows of %d + %d bytes, %d parallel writers as the import's %d lanes, "
                        + "batches of 1,000, one commit per batch): %.0f rows/s%n",
                events, row.payload().length, row.metadata().length, lanes, lanes, baseline);
        double ratio = rate / baseline;
        goal("≥ 50,000 events/s", rate >= 50_000);
        goal("ratio ≥ 0.7", ratio >= 0.7);
        Bench.result("import", rate, "events/s", baseline, ratio);
        BaselineWrites.dropTable(db);
        return 0;
    }
}
