package budgetledger.bench.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Clients recording expenditures while the suite kills instances or the database: each expenditure has an id of its
 * own, sent as its {@code Idempotency-Key}. A client behaves as a careful API client (or a load balancer with
 * retries) does: when the connection fails, or the answer is 503 (database away) or 409 (another instance wrote
 * first), it sends the same request again — to the next live instance — until it has an answer. An expenditure is
 * <em>acknowledged</em> when the ledger answered 201 (recorded) or 200 (the same key's earlier recording): those are
 * what must never be lost.
 */
final class Load implements AutoCloseable {
    final Set<String> acknowledged = new ConcurrentSkipListSet<>();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final AtomicLong connectionFailures = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();          // 5xx other than 503
    final AtomicLong unavailable = new AtomicLong();           // 503
    final AtomicLong unavailableWithoutRetryAfter = new AtomicLong();
    final AtomicLong leaks = new AtomicLong();                 // a body with exception text
    final AtomicReference<String> firstServerError = new AtomicReference<>();
    /** When the last acknowledgement arrived (System.nanoTime). */
    final AtomicLong lastAck = new AtomicLong();
    private final List<String> bases;
    private final String token;
    private final List<String> departments;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    /** {@code bases}: the live instances, changed by the scenario as it kills and starts them (copy-on-write). */
    Load(CopyOnWriteArrayList<String> bases, String token, List<String> departments, String prefix, int clients) {
        this.bases = bases;
        this.token = token;
        this.departments = departments;
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> drive(prefix + client), "load-" + prefix + c);
            t.setDaemon(true);
            threads.add(t);
        }
    }

    Load start() {
        threads.forEach(Thread::start);
        return this;
    }

    private void drive(String client) {
        long n = 0;
        while (!stop.get()) {
            String id = client + "-" + n++;
            String department = departments.get((int) (n % departments.size()));
            String body = Fixture.expenditure(id, "U-OFFICE", (1 + n % 97) + ".00");
            int attempt = 0;
            while (true) { // until this expenditure has an answer: an unanswered write is retried, never dropped
                String base = bases.isEmpty() ? null : bases.get((int) ((n + attempt) % bases.size()));
                attempt++;
                try {
                    if (base == null) {
                        throw new IOException("no instance up");
                    }
                    Http.Answer a = Http.post(base, Fixture.expenditurePath(department), token, id, body);
                    statuses.computeIfAbsent(a.status(), s -> new AtomicLong()).incrementAndGet();
                    if (a.leaksInternals()) {
                        leaks.incrementAndGet();
                    }
                    if (a.ok()) {
                        acknowledged.add(id);
                        lastAck.set(System.nanoTime());
                        break;
                    }
                    if (a.status() == 503) {
                        unavailable.incrementAndGet();
                        if (a.retryAfter() == null) {
                            unavailableWithoutRetryAfter.incrementAndGet();
                        }
                    } else if (a.status() >= 500) {
                        serverErrors.incrementAndGet();
                        firstServerError.compareAndSet(null, a.status() + " " + a.body());
                    } else if (a.status() != 409) {
                        firstServerError.compareAndSet(null, "unexpected " + a.status() + " " + a.body());
                        serverErrors.incrementAndGet(); // a valid write refused: counted as a failure too
                        break;
                    }
                } catch (IOException e) {
                    connectionFailures.incrementAndGet();
                }
                if (stop.get() && attempt > 200) {
                    break; // the scenario is over and this write never got an answer: not acknowledged
                }
                sleep(attempt < 3 ? 20 : 200);
            }
        }
    }

    long count(int status) {
        AtomicLong n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    /** Stops the clients after their current expenditure has an answer. */
    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) {
            t.join(120_000);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
