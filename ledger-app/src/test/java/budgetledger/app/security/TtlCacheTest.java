package budgetledger.app.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The users' and tokens' cache under a burst: callers of one key share one load, its value or its failure — so eight
 * requests on one token during an outage wait one pool timeout together, not eight in turn.
 */
class TtlCacheTest {
    private static final int CALLERS = 8;

    @Test
    void concurrentCallersOfOneKeyShareOneFailedLoadAndTheNextCallLoadsAgain() throws Exception {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(5));
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try {
            List<Future<Throwable>> outcomes = new ArrayList<>();
            outcomes.add(callers.submit(() -> catchThrowable(() -> cache.get("token", k -> {
                loads.incrementAndGet();
                loading.countDown();
                await(release);
                throw new IllegalStateException("database unreachable");
            }))));
            assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < CALLERS; i++) {
                outcomes.add(callers.submit(() -> catchThrowable(() -> cache.get("token", k -> {
                    loads.incrementAndGet();
                    return Optional.of("loaded by a waiter");
                }))));
            }
            // every caller parked — the first in its load, the others on the shared load (one that came later would
            // simply load again, and this test would fail)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(threads.size() == CALLERS && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                    || t.getState() == Thread.State.TIMED_WAITING)) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            release.countDown();
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                        .hasMessage("database unreachable");
            }
            assertThat(loads).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
        // a failure is not cached: the next look-up loads again
        assertThat(cache.get("token", k -> Optional.of("owner"))).contains("owner");
        assertThat(cache.get("token", k -> Optional.of("other"))).as("now cached").contains("owner");
    }

    @Test
    void anAbsentValueIsNotCachedAndAnEvictionReloads() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(5));
        assertThat(cache.get("new-token", k -> Optional.empty())).isEmpty();
        assertThat(cache.get("new-token", k -> Optional.of("created on another instance"))).contains("created on another instance");
        cache.evict("new-token");
        assertThat(cache.get("new-token", k -> Optional.of("changed"))).contains("changed");
    }

    @Test
    void aZeroTtlCachesNothing() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ZERO);
        assertThat(cache.get("k", k -> Optional.of("a"))).contains("a");
        assertThat(cache.get("k", k -> Optional.of("b"))).contains("b");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
