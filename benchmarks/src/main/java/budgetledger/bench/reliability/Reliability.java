package budgetledger.bench.reliability;

import budgetledger.bench.BenchDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static budgetledger.bench.Bench.OUT;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar reliability [--quick] [SCENARIO...]} — the reliability suite of
 * issue 14 (docs/reliability.md). It drives the real application jar over HTTP against PostgreSQL and prints each
 * figure as {@code FIGURE scenario name: value — met|FAILED}, then {@code RESULT reliability … failed=N}; the exit
 * status is 1 when any figure failed. The scenarios share one database {@code bench_<random>} on the configured
 * server (created and dropped here) and one app instance, except {@code outage}, which runs on a PostgreSQL cluster of
 * its own; {@code tamper} runs last on that database because it alters it.
 */
public final class Reliability {
    static final List<String> SCENARIOS = List.of("hot-year", "idempotency", "hostile", "kill-rounds", "two-instances",
            "tamper", "outage");

    private final boolean quick;
    private final List<String> failed = new ArrayList<>();
    private final Map<String, String> figures = new LinkedHashMap<>();

    private Reliability(boolean quick) {
        this.quick = quick;
    }

    public static int run(List<String> arguments) throws Exception {
        Locale.setDefault(Locale.ROOT);
        List<String> args = new ArrayList<>(arguments);
        boolean quick = args.remove("--quick");
        List<String> todo = args.isEmpty() ? SCENARIOS : SCENARIOS.stream().filter(args::contains).toList();
        if (!SCENARIOS.containsAll(args)) {
            System.err.println("usage: java -jar benchmarks.jar reliability [--quick] [" + String.join(" | ", SCENARIOS) + "]...");
            return 2;
        }
        return new Reliability(quick).runAll(todo);
    }

    private int runAll(List<String> todo) throws Exception {
        long start = System.nanoTime();
        OUT.printf("== reliability%s == %s, scenarios %s%n", quick ? " (quick)" : " (full)", Instant.now(), todo);
        Path work = Files.createTempDirectory("ledger-reliability-");
        String db = null;
        AppProcess main = null;
        try {
            List<String> shared = todo.stream().filter(s -> !s.equals("outage")).toList();
            String token = null;
            if (!shared.isEmpty()) {
                db = BenchDb.create();
                String url = BenchDb.url(db);
                token = Fixture.setUp(url, work, MainStore.departments(quick));
                main = new AppProcess("ledger-a", url, work).start();
                OUT.printf("database %s, instance ledger-a up at %s (pid %d)%n", db, main.base(), main.pid());
            }
            Suite suite = new Suite(this, quick, work, db == null ? null : BenchDb.url(db), token);
            for (String s : todo) {
                long t0 = System.nanoTime();
                OUT.printf("%n-- %s --%n", s);
                try {
                    main = switch (s) {
                        case "hot-year" -> HotYearScenario.run(suite, main);
                        case "idempotency" -> IdempotencyScenario.run(suite, main);
                        case "hostile" -> HostileScenario.run(suite, main);
                        case "kill-rounds" -> KillRoundsScenario.run(suite, main);
                        case "two-instances" -> TwoInstancesScenario.run(suite, main);
                        case "tamper" -> TamperScenario.run(suite, main);
                        case "outage" -> {
                            OutageScenario.run(suite);
                            yield main;
                        }
                        default -> throw new IllegalArgumentException(s);
                    };
                } catch (Exception | AssertionError e) {
                    figure(s, "completed", "no: " + e, false);
                    e.printStackTrace(OUT);
                }
                OUT.printf("(%s took %.0f s)%n", s, (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            if (main != null) {
                main.close();
            }
            BenchDb.drop(db);
        }
        OUT.printf("%n== reliability summary (%s, %.0f s) ==%n", quick ? "quick" : "full", (System.nanoTime() - start) / 1e9);
        figures.forEach((k, v) -> OUT.println(k + ": " + v));
        OUT.printf("RESULT reliability form=%s figures=%d failed=%d%s%n", quick ? "quick" : "full", figures.size(),
                failed.size(), failed.isEmpty() ? "" : " " + failed);
        if (failed.isEmpty()) {
            deleteQuietly(work);
        } else {
            OUT.println("instance logs kept in " + work);
        }
        return failed.isEmpty() ? 0 : 1;
    }

    /** Prints one figure and remembers whether it met its expectation. */
    void figure(String scenario, String name, Object value, boolean met) {
        String line = String.format("FIGURE %s %s: %s — %s", scenario, name, value, met ? "met" : "FAILED");
        OUT.println(line);
        figures.put(scenario + " " + name, value + (met ? "" : "  (FAILED)"));
        if (!met) {
            failed.add(scenario + "/" + name);
        }
    }

    /** A figure that is measured, not judged (a time, a count for the record). */
    void measured(String scenario, String name, Object value) {
        OUT.printf("FIGURE %s %s: %s%n", scenario, name, value);
        figures.put(scenario + " " + name, String.valueOf(value));
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary folder: the system cleans it eventually
        }
    }

    /** What the scenarios share: the form, the work folder, the main database and the operator's token. */
    record Suite(Reliability report, boolean quick, Path work, String jdbcUrl, String token) {
        void figure(String scenario, String name, Object value, boolean met) {
            report.figure(scenario, name, value, met);
        }

        void measured(String scenario, String name, Object value) {
            report.measured(scenario, name, value);
        }

        Store store() {
            return new Store(jdbcUrl);
        }
    }
}
