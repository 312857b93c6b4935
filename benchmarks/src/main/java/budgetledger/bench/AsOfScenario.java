package budgetledger.bench;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.Importer;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.Replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code as-of}: key figures of one long department-year as of random past instants, against its live figures. Both
 * are single reads on one thread: the baseline is the ledger's own cheapest read, not another program.
 */
final class AsOfScenario {
    private AsOfScenario() {
    }

    /** The department-year and the span of its recorded times. */
    record Year(String dept, int year, String ledger, Instant first, Instant last) {
        Instant randomInstant(SplittableRandom random) {
            return first.plusSeconds(random.nextLong(Math.max(1, last.getEpochSecond() - first.getEpochSecond())));
        }
    }

    /** What a scenario does with the long department-year once it is loaded; its exit code. */
    interface OnLongYear {
        int run(LedgerApp app, Year year) throws Exception;
    }

    /**
     * A fresh ledger holding one long department-year (100,000 commands, 10,000 quick) of last year, imported as
     * {@code import} does, handed to {@code scenario}; 1 when the ledger refused a generated command.
     */
    static int onLongYear(String db, boolean quick, OnLongYear scenario) throws Exception {
        long size = quick ? 10_000 : 100_000;
        int year = LocalDate.now().getYear() - 1;
        City city = new City(1, 1, year, size, Scenarios.SEED);
        Path file = Files.createTempFile("bench-year-", ".jsonl");
        try (LedgerApp app = LedgerApp.start(db, false)) {
            Year y = load(app, city, file, City.departmentId(0), year);
            return y == null ? 1 : scenario.run(app, y);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static int run(String db, boolean quick) throws Exception {
        return onLongYear(db, quick, (app, y) -> measure(app, y, quick));
    }

    private static int measure(LedgerApp app, Year y, boolean quick) {
        int year = y.year();
        FiguresService figures = app.bean(FiguresService.class);
        SplittableRandom random = new SplittableRandom(Scenarios.SEED);
        if (!checkpointsFoldAsReplay(app, figures, y, random)) {
            return 1;
        }
        for (int i = 0; i < 3; i++) {
            figures.replayed(y.dept(), year, y.last(), null);
            figures.live(y.dept(), year);
        }
        Stats asOf = new Stats();
        int samples = quick ? 40 : 200;
        for (int i = 0; i < samples; i++) {
            Instant at = y.randomInstant(random);
            long s = System.nanoTime();
            figures.replayed(y.dept(), year, at, null);
            asOf.add(System.nanoTime() - s);
        }
        Stats live = new Stats();
        for (int i = 0; i < samples * 5; i++) {
            long s = System.nanoTime();
            figures.live(y.dept(), year);
            live.add(System.nanoTime() - s);
        }
        OUT.printf("ledger as-of figures (random instants between %s and %s): %s%n", y.first(), y.last(), asOf.summary());
        OUT.printf("baseline: live figures of the same department-year: %s%n", live.summary());
        double value = asOf.percentileMs(99);
        double baseline = live.percentileMs(99);
        goal("as-of p99 ≤ 500 ms", value <= 500);
        goal("live p99 ≤ 20 ms", baseline <= 20);
        OUT.println("(ratio here = as-of p99 ÷ live p99: how much dearer a past instant is than now)");
        Bench.result("as-of", value, "ms-p99", baseline, value / baseline);
        return 0;
    }

    /** Imports the one-department city; null (after saying why) when the ledger refused a command. */
    static Year load(LedgerApp app, City city, Path file, String dept, int year) throws Exception {
        long lines = city.write(file);
        long t0 = System.nanoTime();
        Importer.Result result = Scenarios.importFile(app, file);
        if (!Scenarios.refusedNone(result)) {
            return null;
        }
        app.awaitViews(3_600);
        String ledger = dept + "/" + year;
        long events = app.jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, ledger);
        OUT.printf("setup: one department-year (%s) of %d commands → %d events, imported in %.1f s%n", ledger, lines,
                events, (System.nanoTime() - t0) / 1e9);
        var span = app.jdbc().queryForMap("SELECT min(\"timestamp\") AS first, max(\"timestamp\") AS last "
                + "FROM domainevententry WHERE aggregateidentifier = ?", ledger);
        return new Year(dept, year, ledger, Instant.parse(span.get("first").toString()),
                Instant.parse(span.get("last").toString()));
    }

    /** The as-of read starts from a checkpoint of the live view: it must give the very fold a full replay gives. */
    private static boolean checkpointsFoldAsReplay(LedgerApp app, FiguresService figures, Year y, SplittableRandom random) {
        StoredEvents stored = app.bean(StoredEvents.class);
        for (int i = 0; i < 5; i++) {
            Instant at = y.randomInstant(random);
            LedgerView fromCheckpoint = figures.replay(y.ledger(), at, null);
            LedgerView full = Replay.fold(y.ledger(), stored.stream(y.ledger()), at, null);
            if (!fromCheckpoint.equals(full)) {
                OUT.println("FAILED: as of " + at + " the checkpointed fold (" + fromCheckpoint + ") differs from the full replay ("
                        + full + ")");
                return false;
            }
        }
        OUT.println("check: as of 5 random instants, the fold from a checkpoint equals the full replay");
        return true;
    }
}
