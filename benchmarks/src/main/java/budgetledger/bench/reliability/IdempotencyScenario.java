package budgetledger.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static budgetledger.bench.reliability.MainStore.IDEMPOTENCY;

/**
 * {@code idempotency}: a client that does not know whether its write arrived sends it again with the same
 * {@code Idempotency-Key}. The same key sent 20 times in a row, and by 20 clients at the same instant, must record one
 * event and answer every copy with the first outcome (201 once, then 200 {@code repeated}); the same key with a
 * different body is refused (409 {@code IDEMPOTENCY_CONFLICT}) and writes nothing.
 */
final class IdempotencyScenario {
    private static final String S = "idempotency";

    private IdempotencyScenario() {
    }

    static AppProcess run(Reliability.Suite suite, AppProcess app) throws Exception {
        int copies = suite.quick() ? 20 : 50;
        String path = Fixture.expenditurePath(IDEMPOTENCY);

        Map<Integer, Long> sequential = new TreeMap<>();
        String body = Fixture.expenditure("idem-seq", "U-OFFICE", "12.34");
        for (int i = 0; i < copies; i++) {
            sequential.merge(Http.post(app.base(), path, suite.token(), "key-seq", body).status(), 1L, Long::sum);
        }
        Map<String, Integer> stored = suite.store().expenditures();
        suite.figure(S, copies + " copies in a row: answers and events",
                "answers " + sequential + ", events " + stored.getOrDefault("idem-seq", 0),
                sequential.getOrDefault(201, 0L) == 1 && sequential.getOrDefault(200, 0L) == copies - 1
                        && stored.getOrDefault("idem-seq", 0) == 1);

        for (int round = 0; round < (suite.quick() ? 3 : 10); round++) {
            concurrent(suite, app, path, copies, round);
        }

        long before = suite.store().count("SELECT count(*) FROM domainevententry");
        Http.Answer conflict = Http.post(app.base(), path, suite.token(), "key-seq",
                Fixture.expenditure("idem-seq", "U-OFFICE", "99.99"));
        long after = suite.store().count("SELECT count(*) FROM domainevententry");
        suite.figure(S, "the same key with another body: answer and events written",
                conflict.status() + " " + conflict.code() + ", events written " + (after - before),
                conflict.status() == 409 && "IDEMPOTENCY_CONFLICT".equals(conflict.code()) && after == before);
        return app;
    }

    /** {@code copies} clients released at the same instant with the same key and body. */
    private static void concurrent(Reliability.Suite suite, AppProcess app, String path, int copies, int round)
            throws Exception {
        String id = "idem-conc-" + round;
        String body = Fixture.expenditure(id, "U-OFFICE", "56.78");
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    int status = Http.post(app.base(), path, suite.token(), "key-conc-" + round, body).status();
                    answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                } catch (Exception e) {
                    answers.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        int events = suite.store().expenditures().getOrDefault(id, 0);
        Map<Integer, Long> tally = new TreeMap<>();
        answers.forEach((k, v) -> tally.put(k, v.get()));
        suite.figure(S, copies + " copies at once, round " + (round + 1) + ": answers and events",
                "answers " + tally + ", events " + events,
                tally.getOrDefault(201, 0L) == 1 && tally.getOrDefault(200, 0L) == copies - 1 && events == 1);
    }
}
