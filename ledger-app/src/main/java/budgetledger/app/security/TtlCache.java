package budgetledger.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The per-request look-ups of users and tokens, cached for a short time so an API call does not read the user tables
 * every time. Changes through the services evict at once; another instance sees them within the TTL.
 * <p>
 * Caffeine, bounded by weight (about the characters an entry holds), not by count alone: a user of many departments
 * weighs more than a token's owner. Concurrent look-ups of one key load it once — 32 requests with one token at a
 * cold start make one query, not 32 (the hot department-year's cold start exhausted the pool: docs/reliability.md).
 * An absent value (an unknown token) is not cached, so a token created on another instance works at once.
 */
final class TtlCache<K, V> {
    /** About 4 MB of cached users and tokens per instance. */
    static final long MAX_WEIGHT = 2_000_000;

    private final Cache<K, V> entries;

    TtlCache(Duration ttl) {
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
                .maximumWeight(ttl.isZero() ? 0 : MAX_WEIGHT)
                .weigher((K key, V value) -> key.toString().length() + value.toString().length())
                .build();
    }

    /** The cached value, or the loader's (cached only when present). */
    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        return Optional.ofNullable(entries.get(key, k -> loader.apply(k).orElse(null)));
    }

    void evict(K key) {
        entries.invalidate(key);
    }

    void clear() {
        entries.invalidateAll();
    }
}
