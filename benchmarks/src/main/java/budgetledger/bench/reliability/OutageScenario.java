package budgetledger.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static budgetledger.bench.reliability.MainStore.LOAD;

/**
 * {@code outage}: the database goes away under load — a PostgreSQL cluster of the suite's own, stopped with
 * {@code pg_ctl stop -m immediate} (a crash: connections cut mid-transaction), kept down for seconds, started again —
 * 3 times (quick: once). While it is down every write and read must answer 503 with a machine code and
 * {@code Retry-After}, within seconds, and health must say DOWN; nothing acknowledged may be lost; the recovery time
 * is from the database accepting connections again to the first acknowledged write, without restarting the app.
 */
final class OutageScenario {
    private static final String S = "outage";

    private OutageScenario() {
    }

    static void run(Reliability.Suite suite) throws Exception {
        int outages = suite.quick() ? 1 : 3;
        int downSeconds = suite.quick() ? 6 : 12;
        try (ThrowawayCluster cluster = ThrowawayCluster.create()) {
            String url = cluster.url("ledger");
            suite.measured(S, "throwaway cluster", "initdb in " + cluster.dir + ", port " + cluster.port);
            String token = Fixture.setUp(url, suite.work(), LOAD.stream()
                    .map(d -> new Fixture.Department(d, Map.of("U-OFFICE", MainStore.BIG))).toList());
            try (AppProcess app = new AppProcess("ledger-outage", url, suite.work()).start()) {
                Load load = new Load(new CopyOnWriteArrayList<>(List.of(app.base())), token, LOAD, "out", 8).start();
                Probes p = new Probes();
                List<String> recoveries = new ArrayList<>();
                try {
                    for (int o = 0; o < outages; o++) {
                        Load.sleep(3000);
                        cluster.crash();
                        p.whileDown(app, token, o, downSeconds);
                        cluster.start();
                        long up = System.nanoTime();
                        while (load.lastAck.get() < up && System.nanoTime() - up < 60_000_000_000L) {
                            Load.sleep(20);
                        }
                        recoveries.add(String.format("%.1f s", (load.lastAck.get() - up) / 1e9));
                    }
                    Load.sleep(2000);
                } finally {
                    load.close();
                }
                Map<Integer, Long> probes = p.answers;
                Map<String, Long> healthDown = p.health;
                long slowest = p.slowest;
                long probeLeaks = p.leaks;
                Store.Tally tally = new Store(url).check(load.acknowledged);
                suite.figure(S, outages + " outage(s) of " + downSeconds + " s under load (8 clients): acknowledged-but-lost",
                        tally, tally.ok());
                boolean all503 = probes.keySet().stream().allMatch(k -> k == 5031);
                suite.figure(S, "probe answers while down, after the first 4 s (status×10 + 1 if Retry-After)", probes,
                        all503 && !probes.isEmpty());
                // "within a few seconds, not 30 s" (issue 14): a pool timeout of 3 s, met at most twice by one request
                suite.figure(S, "slowest probe answer while down (must be within 10 s; it was 30 s before issue 14)",
                        slowest + " ms", slowest <= 10_000);
                suite.figure(S, "health while down", healthDown,
                        !healthDown.isEmpty() && healthDown.keySet().stream().allMatch(k -> k.equals("503 DOWN")));
                suite.figure(S, "clients' answers: 503 with Retry-After / without / other 5xx",
                        load.unavailable.get() + " / " + load.unavailableWithoutRetryAfter.get() + " / " + load.serverErrors.get()
                                + (load.firstServerError.get() == null ? "" : " (first: " + load.firstServerError.get() + ")"),
                        load.unavailableWithoutRetryAfter.get() == 0 && load.serverErrors.get() == 0
                                && load.leaks.get() == 0 && probeLeaks == 0);
                suite.measured(S, "recovery: from the database accepting connections to the next acknowledged write, per outage",
                        recoveries);
                // a live-view batch cut off by the outage must be folded again, never skipped
                KillRoundsScenario.checkViewsAndChains(suite, S, app, new Store(url), token);
            }
        }
    }

    /** What a client and a health check see while the database is down. */
    private static final class Probes {
        final Map<Integer, Long> answers = new TreeMap<>(); // status × 10, + 1 with Retry-After
        final Map<String, Long> health = new TreeMap<>();
        long slowest;
        long leaks;

        /** A write and a read every 0.3 s for {@code seconds}; judged from the fourth second (the pool has noticed). */
        void whileDown(AppProcess app, String token, int outage, int seconds) throws java.io.IOException {
            long down = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - down < seconds * 1_000_000_000L) {
                long t0 = System.nanoTime();
                String id = "probe-" + outage + "-" + n++;
                Http.Answer w = Http.post(app.base(), Fixture.expenditurePath(LOAD.get(0)), token, id,
                        Fixture.expenditure(id, "U-OFFICE", "1.00"));
                Http.Answer r = Http.get(app.base(), "/api/v1/departments/" + LOAD.get(0) + "/years/" + Fixture.YEAR
                        + "/figures", token);
                slowest = Math.max(slowest, (System.nanoTime() - t0) / 2_000_000);
                if (System.nanoTime() - down > 4_000_000_000L) {
                    answers.merge(w.status() * 10 + (w.retryAfter() == null ? 0 : 1), 1L, Long::sum);
                    answers.merge(r.status() * 10 + (r.retryAfter() == null ? 0 : 1), 1L, Long::sum);
                    Http.Answer h = Http.get(app.base(), "/actuator/health", null);
                    health.merge(h.status() + " " + (h.body().contains("DOWN") ? "DOWN" : "not DOWN"), 1L, Long::sum);
                }
                leaks += (w.leaksInternals() ? 1 : 0) + (r.leaksInternals() ? 1 : 0);
                Load.sleep(300);
            }
        }
    }
}
