package budgetledger.bench.reliability;

import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

import static budgetledger.bench.reliability.MainStore.LOAD;

/**
 * {@code kill-rounds}: eight clients record expenditures while the instance is killed with {@code kill -9} at a
 * random moment, then started again — 10 rounds (quick: 2). Every acknowledged expenditure must be in the store
 * exactly once, no answer may be a 5xx, the hash chains must verify, and every department-year's live view must equal
 * a replay of its events (the live figures against the figures folded from the whole stream).
 */
final class KillRoundsScenario {
    private static final String S = "kill-rounds";

    private KillRoundsScenario() {
    }

    static AppProcess run(Reliability.Suite suite, AppProcess app) throws Exception {
        int rounds = suite.quick() ? 2 : 10;
        SplittableRandom random = new SplittableRandom(20_241_130L);
        CopyOnWriteArrayList<String> bases = new CopyOnWriteArrayList<>(List.of(app.base()));
        List<String> restarts = new ArrayList<>();
        Load load = new Load(bases, suite.token(), LOAD, "kill", 8).start();
        try {
            for (int r = 0; r < rounds; r++) {
                Load.sleep(1500 + random.nextInt(2500));
                bases.clear();
                long before = load.acknowledged.size();
                app.kill9();
                long killed = System.nanoTime();
                app.start();
                bases.add(app.base());
                long up = System.nanoTime();
                while (load.lastAck.get() < up && System.nanoTime() - up < 30_000_000_000L) {
                    Load.sleep(20);
                }
                restarts.add(String.format("%.1f s", (load.lastAck.get() - killed) / 1e9));
                printRound(r + 1, before, (up - killed) / 1e9);
            }
            Load.sleep(1000);
        } finally {
            load.close();
        }
        Store.Tally tally = suite.store().check(load.acknowledged);
        suite.figure(S, rounds + " kill -9 rounds under load (8 clients): acknowledged-but-lost", tally, tally.ok());
        suite.measured(S, "from kill -9 to the next acknowledged write (restart included), per round", restarts);
        suite.figure(S, "5xx answers", load.serverErrors.get() + (load.firstServerError.get() == null ? ""
                : " (first: " + load.firstServerError.get() + ")"), load.serverErrors.get() == 0 && load.leaks.get() == 0);
        suite.measured(S, "connection failures retried with the same Idempotency-Key", load.connectionFailures.get()
                + " (answers: 201 × " + load.count(201) + ", 200 repeated × " + load.count(200) + ")");
        checkViewsAndChains(suite, S, app, suite.store(), suite.token());
        return app;
    }

    private static void printRound(int round, long acknowledged, double restartSeconds) {
        budgetledger.bench.Bench.OUT.printf("round %d: kill -9 after %d acknowledged writes; instance up again in %.1f s%n",
                round, acknowledged, restartSeconds);
    }

    /** Live views caught up and equal to a replay of every department-year; every hash chain intact. */
    static void checkViewsAndChains(Reliability.Suite suite, String scenario, AppProcess app, Store store, String token)
            throws Exception {
        double waited = store.awaitViews(180);
        suite.measured(scenario, "live views caught up with the store", String.format("%.1f s after the load", waited));
        List<String> differ = new ArrayList<>();
        for (String d : LOAD) {
            differ.addAll(viewsAgainstReplay(app, token, d));
        }
        suite.figure(scenario, "department-years whose live figures differ from a replay of their events",
                differ.size() + " of " + LOAD.size() + (differ.isEmpty() ? "" : " " + differ), differ.isEmpty());
        JsonNode verify = LedgerJson.mapper().readTree(Http.get(app.base(), "/api/v1/audit/verify", token).body());
        suite.figure(scenario, "hash chains broken (GET /api/v1/audit/verify)", verify.path("breaks").size() + " of "
                + verify.path("streams").asInt() + " streams, " + verify.path("events").asLong() + " events",
                verify.has("breaks") && verify.path("breaks").isEmpty());
    }

    /**
     * The live figures (the view the processor keeps, once caught up) against the figures folded from the whole stream
     * ({@code through} the year's last day: a fold of every event, no checkpoint); the parts that differ.
     */
    static List<String> viewsAgainstReplay(AppProcess app, String token, String department) throws Exception {
        String path = "/api/v1/departments/" + department + "/years/" + Fixture.YEAR + "/figures";
        JsonNode live = LedgerJson.mapper().readTree(Http.get(app.base(), path, token).body());
        JsonNode replay = LedgerJson.mapper().readTree(Http.get(app.base(), path + "?through=" + Fixture.YEAR + "-12-31",
                token).body());
        List<String> differ = new ArrayList<>();
        for (String part : List.of("figures", "indicators", "projects")) {
            if (!live.has(part) || !live.path(part).equals(replay.path(part))) {
                differ.add(department + "." + part);
            }
        }
        return differ;
    }
}
