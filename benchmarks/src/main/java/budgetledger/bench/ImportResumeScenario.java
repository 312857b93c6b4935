package budgetledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code import-resume}: the README's promise that an interrupted {@code ledger-app.jar import} run again on the same
 * file "continues where it stopped … at full speed". The real CLI imports a city file in a process of its own and is
 * killed with {@code kill -9} once about half the lines are marked applied; the same command then runs again to the
 * end. Baseline: the same command on the same file into a fresh database, in the same run. Judged: no line the killed
 * run had marked applied is lost or applied twice (events counted per stream against the fresh import), and the
 * re-run's import takes about the fraction left of the fresh import's time.
 * <p>
 * Times are split where the process's {@code import_run} row appears and where its last line is marked (both polled
 * with plain JDBC): before the row, the JVM and Spring start and the file's scan; after the last mark, the context's
 * close — fixed costs, on two loaded cores tens of seconds, which would swamp a quick file; between them, the import
 * proper. The judged ratio compares the import proper; the whole-process figures are printed beside it.
 */
final class ImportResumeScenario {
    private static final String ADMIN = "benchadmin";
    private static final Pattern SUMMARY = Pattern.compile("imported (\\d+), rejected (\\d+)(?:.*skipped (\\d+))?");

    private ImportResumeScenario() {
    }

    /**
     * One CLI import: whole-process seconds; seconds to its run row (start-up and scan) and to its last line's mark;
     * its summary line's counts. The import proper is from the row to the last mark: the context's close after it is
     * a fixed cost, like the start-up, that half a file does not halve.
     */
    record Timed(double wall, double startup, double lastMark, long applied, long rejected, long skipped) {
        double importSeconds() {
            return lastMark - startup;
        }

        double closeSeconds() {
            return wall - lastMark;
        }
    }

    static int run(String db, boolean quick) throws Exception {
        long commands = quick ? 10_000 : 100_000;
        int departments = quick ? 5 : 25;
        int lastYear = LocalDate.now().getYear() - 1;
        Path work = Files.createTempDirectory("bench-resume-");
        Path file = work.resolve("city.jsonl");
        String fresh = BenchDb.create();
        try {
            long lines = City.ofSize(commands, departments, 2, lastYear, Scenarios.SEED).write(file);
            OUT.printf("city: %d departments × 2 years, %d commands, %d MiB of JSON Lines%n", departments, lines,
                    Files.size(file) >> 20);
            ResumeCli cli = new ResumeCli(work, ADMIN);
            cli.addAdmin(db);
            cli.addAdmin(fresh); // both databases migrated and with their administrator before anything is timed

            long acked = cli.importKilledAt(db, file, lines / 2);
            double left = (double) (lines - acked) / lines;
            OUT.printf("first run: kill -9 with %d of %d lines marked applied (import_line); %.1f %% left%n", acked,
                    lines, 100 * left);
            Timed rerun = cli.importTimed(db, file);
            Timed base = cli.importTimed(fresh, file);
            return report(db, fresh, lines, acked, left, rerun, base);
        } finally {
            BenchDb.drop(fresh);
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int report(String db, String fresh, long lines, long acked, double left, Timed rerun, Timed base)
            throws SQLException {
        Map<String, Long> resumed = streams(db);
        Map<String, Long> expected = streams(fresh);
        long twice = 0;
        long missing = 0;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            long have = resumed.getOrDefault(e.getKey(), 0L);
            twice += Math.max(0, have - e.getValue());
            missing += Math.max(0, e.getValue() - have);
        }
        for (Map.Entry<String, Long> e : resumed.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                twice += e.getValue(); // a stream the fresh import never wrote
            }
        }
        long resumedEvents = resumed.values().stream().mapToLong(Long::longValue).sum();
        long freshEvents = expected.values().stream().mapToLong(Long::longValue).sum();
        long unaccounted = lines - rerun.skipped() - rerun.applied() - rerun.rejected();
        long lost = Math.max(0, acked - rerun.skipped()) + Math.max(0, unaccounted) + missing;
        OUT.printf("re-run: %d lines recognised as already applied (the killed run had marked %d), %d newly applied, "
                + "%d refused; %d lines accounted for by neither run%n", rerun.skipped(), acked, rerun.applied(),
                rerun.rejected(), unaccounted);
        OUT.printf("events: %d after kill + re-run, %d from the fresh import; %d streams vs %d; duplicated %d, missing %d%n",
                resumedEvents, freshEvents, resumed.size(), expected.size(), twice, missing);
        OUT.printf("re-run: whole process %.1f s (start-up and scan %.1f s, import %.1f s: %.0f lines/s, close %.1f s)%n",
                rerun.wall(), rerun.startup(), rerun.importSeconds(), rerun.applied() / rerun.importSeconds(),
                rerun.closeSeconds());
        OUT.printf("baseline, fresh import of the whole file: whole process %.1f s (start-up and scan %.1f s, import "
                + "%.1f s: %.0f lines/s, close %.1f s; %d applied, %d refused)%n", base.wall(), base.startup(),
                base.importSeconds(), base.applied() / base.importSeconds(), base.closeSeconds(), base.applied(),
                base.rejected());
        double expectedSeconds = left * base.importSeconds();
        double ratio = rerun.importSeconds() / expectedSeconds;
        OUT.printf("ratio: re-run import %.1f s ÷ (%.3f left × %.1f s) = %.3f; whole processes: %.1f s ÷ (%.3f × %.1f s) "
                + "= %.3f (not judged: the start-up is not scaled by the fraction)%n", rerun.importSeconds(), left,
                base.importSeconds(), ratio, rerun.wall(), left, base.wall(), rerun.wall() / (left * base.wall()));
        goal("acknowledged lines lost = 0", lost == 0);
        goal("lines applied twice (events duplicated) = 0", twice == 0 && rerun.rejected() == 0);
        goal("ratio ≤ 1.5", ratio <= 1.5);
        Bench.result("import-resume", rerun.importSeconds(), "s", expectedSeconds, ratio);
        boolean sound = base.rejected() == 0 && base.applied() == lines && acked > 0 && acked < lines;
        if (!sound) {
            OUT.println("FAILED: the fresh import refused lines or the kill came too early or too late");
        }
        return sound && lost == 0 && twice == 0 && rerun.rejected() == 0 ? 0 : 1;
    }

    /** Events per stream (aggregate) in the database. */
    private static Map<String, Long> streams(String db) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT aggregateidentifier, count(*) FROM domainevententry GROUP BY 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    static Timed parse(String output, double wall, double startup, double lastMark) {
        Matcher m = SUMMARY.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no summary line in the import's output: "
                    + output.substring(Math.max(0, output.length() - 800)));
        }
        return new Timed(wall, startup, lastMark, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    }
}
