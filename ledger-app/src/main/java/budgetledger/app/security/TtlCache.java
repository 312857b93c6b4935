package budgetledger.app.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The per-request look-ups of users and tokens, cached for a short time so an API call does not read the user tables
 * every time. Changes through the services evict at once; another instance sees them within the TTL.
 * <p>
 * Caffeine, bounded by weight (about the characters an entry holds), not by count alone. Concurrent look-ups of one
 * key share one load, done by the first caller's thread: 32 requests with one token at a cold start make one query,
 * not 32 (the hot department-year's cold start, docs/reliability.md finding 5), and while the database is out of reach
 * they share one failure after one pool timeout — a synchronous cache would hold them on the key's lock and let each
 * wait its own timeout in turn (eight clients on one token: the last answered after 16.5 s, the full reliability
 * run's outage). An absent value (an unknown token) and a failure are not cached.
 */
final class TtlCache<K, V> {
    /** About 4 MB of cached users and tokens per instance. */
    static final long MAX_WEIGHT = 2_000_000;

    private final AsyncCache<K, V> entries;

    TtlCache(Duration ttl) {
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
                .maximumWeight(ttl.isZero() ? 0 : MAX_WEIGHT)
                .weigher((K key, V value) -> key.toString().length() + value.toString().length())
                .buildAsync();
    }

    /** The cached value, or the loader's (cached only when present). */
    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> shared = entries.asMap().putIfAbsent(key, mine);
        if (shared == null) {
            try {
                mine.complete(loader.apply(key).orElse(null)); // null: Caffeine drops the entry
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e); // Caffeine drops a failed entry; the waiters see this failure
                throw e;
            }
            shared = mine;
        }
        try {
            return Optional.ofNullable(shared.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    void evict(K key) {
        entries.synchronous().invalidate(key);
    }

    void clear() {
        entries.synchronous().invalidateAll();
    }
}
