package budgetledger.bench.reliability;

import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static budgetledger.bench.reliability.MainStore.HOT;
import static budgetledger.bench.reliability.MainStore.HOT_LINES;
import static budgetledger.bench.reliability.MainStore.HOT_THREADS;

/**
 * {@code hot-year}: 32 clients at once on one department-year, each recording 250 expenditures of 100.00 spread over
 * four lines that hold half of what is sent to them, so every line runs out midway. Each line must accept exactly as
 * many as it holds — never one more (a line below zero), never one fewer (a refusal decided on stale state) — every
 * other answer must be 422 {@code BUDGET_EXCEEDED}, every accepted expenditure stored once, and the year's own figures
 * (through the API) must show each line at 0.00 available.
 */
final class HotYearScenario {
    private static final String S = "hot-year";

    private HotYearScenario() {
    }

    /** The clients' tally. */
    private record Tally(Map<String, AtomicLong> acceptedByLine, Set<String> accepted, AtomicLong exceeded,
                         AtomicLong other, AtomicReference<String> firstOther) {
        Tally() {
            this(new ConcurrentHashMap<>(), new ConcurrentSkipListSet<>(), new AtomicLong(), new AtomicLong(),
                    new AtomicReference<>());
            HOT_LINES.forEach(l -> acceptedByLine.put(l, new AtomicLong()));
        }

        void answer(String id, String line, Http.Answer a) {
            if (a.status() == 201) {
                accepted.add(id);
                acceptedByLine.get(line).incrementAndGet();
            } else if (a.status() == 422 && "BUDGET_EXCEEDED".equals(a.code())) {
                exceeded.incrementAndGet();
            } else {
                failed(a.status() + " " + a.body());
            }
        }

        void failed(String what) {
            other.incrementAndGet();
            firstOther.compareAndSet(null, what);
        }
    }

    /** 32 clients at once, each sending its expenditures one after the other. */
    private static Tally drive(Reliability.Suite suite, AppProcess app, int perThread) throws InterruptedException {
        Tally tally = new Tally();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < HOT_THREADS; t++) {
            int thread = t;
            Thread th = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    String id = "hot-" + thread + "-" + i;
                    String line = HOT_LINES.get((thread + i) % HOT_LINES.size());
                    try {
                        tally.answer(id, line, Http.post(app.base(), Fixture.expenditurePath(HOT), suite.token(), null,
                                Fixture.expenditure(id, line, "100.00")));
                    } catch (java.io.IOException e) {
                        tally.failed(e.toString());
                    }
                }
            }, "hot-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        return tally;
    }

    static AppProcess run(Reliability.Suite suite, AppProcess app) throws Exception {
        int perThread = MainStore.hotPerThread(suite.quick());
        long start = System.nanoTime();
        Tally tally = drive(suite, app, perThread);
        Map<String, AtomicLong> acceptedByLine = tally.acceptedByLine();
        Set<String> accepted = tally.accepted();
        AtomicLong exceeded = tally.exceeded();
        AtomicLong other = tally.other();
        AtomicReference<String> firstOther = tally.firstOther();
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = HOT_THREADS * perThread;
        long holds = sent / HOT_LINES.size() / 2;
        suite.measured(S, "requests", String.format("%d threads × %d = %d expenditures of 100.00 on %d lines each holding %d, in %.1f s (%.0f/s)",
                HOT_THREADS, perThread, sent, HOT_LINES.size(), holds, seconds, sent / seconds));
        suite.figure(S, "accepted per line (each must equal what the line holds: " + holds + ")", acceptedByLine,
                acceptedByLine.values().stream().allMatch(n -> n.get() == holds));
        suite.figure(S, "refused as BUDGET_EXCEEDED (must be " + (sent - holds * HOT_LINES.size()) + ")", exceeded.get(),
                exceeded.get() == sent - holds * HOT_LINES.size());
        suite.figure(S, "any other answer", other.get() + (firstOther.get() == null ? "" : " (first: " + firstOther.get() + ")"),
                other.get() == 0);

        Map<String, Integer> stored = suite.store().expenditures();
        long storedHot = stored.entrySet().stream().filter(e -> e.getKey().startsWith("hot-")).count();
        long doubled = stored.entrySet().stream().filter(e -> e.getKey().startsWith("hot-") && e.getValue() > 1).count();
        boolean everyAccepted = accepted.stream().allMatch(stored::containsKey);
        suite.figure(S, "stored expenditures (each accepted one exactly once, nothing else)",
                storedHot + " stored, " + doubled + " twice, every accepted stored: " + everyAccepted,
                storedHot == accepted.size() && doubled == 0 && everyAccepted);

        JsonNode year = LedgerJson.mapper().readTree(Http.get(app.base(),
                "/api/v1/departments/" + HOT + "/years/" + Fixture.YEAR, suite.token()).body());
        Map<String, String> available = new java.util.TreeMap<>();
        for (JsonNode line : year.path("lines")) {
            available.put(line.path("lineId").asText(), line.path("available").asText());
        }
        boolean zero = HOT_LINES.stream().allMatch(l -> available.containsKey(l)
                && new BigDecimal(available.get(l)).compareTo(BigDecimal.ZERO) == 0);
        suite.figure(S, "available per line after the run (API, must be 0.00, never negative)", available, zero);
        return app;
    }
}
