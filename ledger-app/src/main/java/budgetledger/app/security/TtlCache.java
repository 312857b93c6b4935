package budgetledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small time-limited cache for the per-request look-ups of users and tokens, so an API call does not read the user
 * tables every time. Changes through the services evict at once; another instance sees them within the TTL.
 */
final class TtlCache<K, V> {
    private record Entry<V>(V value, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int maxEntries;
    private final Clock clock;

    TtlCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The cached value, or the loader's (cached only when present). */
    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        long now = clock.millis();
        Entry<V> e = entries.get(key);
        if (e != null && e.expiresAtMillis() > now) {
            return Optional.of(e.value());
        }
        Optional<V> loaded = loader.apply(key);
        if (loaded.isPresent() && ttlMillis > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(loaded.get(), now + ttlMillis));
        } else {
            entries.remove(key);
        }
        return loaded;
    }

    void evict(K key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }
}
