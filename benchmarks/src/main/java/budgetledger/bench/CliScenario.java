package budgetledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static budgetledger.bench.Bench.OUT;

/**
 * {@code cli}: the wall time of one CLI command a clerk or an auditor types — {@code ledger-app.jar report --format
 * figures-json} on the seed's 2024, a whole process from start to exit — against the smallest thing that also starts a
 * client and talks to the same PostgreSQL: {@code psql -c 'select 1'}. The ratio says how much of a command is the
 * ledger's own start-up; the figure itself is what a user waits.
 */
final class CliScenario {
    private CliScenario() {
    }

    static int run(String db, boolean quick) throws Exception {
        Path jar = Bench.repoFile("ledger-app/target/ledger-app.jar");
        Path seed = Bench.repoFile("datasets/yiyang-zzb.jsonl");
        try (LedgerApp app = LedgerApp.start(db, false)) {
            if (!Scenarios.refusedNone(Scenarios.importFile(app, seed))) {
                return 1;
            }
            app.awaitViews(600);
        }
        int runs = quick ? 3 : 7;
        Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", BenchDb.url(db),
                "SPRING_DATASOURCE_USERNAME", BenchDb.USER, "SPRING_DATASOURCE_PASSWORD", BenchDb.PASSWORD);
        List<String> report = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "report", "--department", "yiyang-zzb", "--year", "2024", "--format", "figures-json");
        List<String> psql = List.of("psql", "-h", "127.0.0.1", "-U", BenchDb.USER, "-d", db, "-tAc", "select 1");
        timed(report, env, "expenditure.total"); // a first run warms the page cache and the JIT's code cache on disk
        double cli = median(report, env, runs, "expenditure.total");
        double baseline = median(psql, env, runs, "1");
        OUT.printf("ledger-app.jar report --format figures-json (seed 2024, whole process): median of %d runs %.0f ms%n",
                runs, cli);
        OUT.printf("baseline psql -c 'select 1' (a client started, connected, answered): median of %d runs %.0f ms%n",
                runs, baseline);
        Bench.result("cli", cli, "ms", baseline, baseline / cli);
        return 0;
    }

    private static double median(List<String> cmd, Map<String, String> env, int runs, String expect)
            throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ms.add(timed(cmd, env, expect));
        }
        ms.sort(Double::compare);
        return ms.get(ms.size() / 2);
    }

    private static double timed(List<String> cmd, Map<String, String> env, String expect)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0 || !out.contains(expect)) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + code + "): "
                    + out.substring(0, Math.min(400, out.length())));
        }
        return ms;
    }
}
