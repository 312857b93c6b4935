package budgetledger.app.config;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The aggregate cache: the most recently used department-years, at most {@code capacity}, each held softly so the
 * collector may still take them under memory pressure. A weak cache (Axon's default choice) loses every aggregate
 * at each young collection, so under load a command re-read snapshot and events far more often than it should.
 */
public final class LedgerCache implements Cache {
    private final int capacity;
    private final Map<Object, SoftReference<Object>> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public LedgerCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, SoftReference<Object>> eldest) {
                if (size() > LedgerCache.this.capacity) {
                    listeners.forEach(l -> l.onEntryExpired(eldest.getKey()));
                    return true;
                }
                return false;
            }
        };
    }

    /**
     * Counted: a miss is a department-year Axon then loads from its snapshot and events, the cost the cache exists
     * to spare (metric {@code ledger.aggregate.cache}).
     */
    @Override
    public synchronized <K, V> V get(K key) {
        V value = lookup(key);
        (value == null ? misses : hits).increment();
        return value;
    }

    @SuppressWarnings("unchecked")
    private <K, V> V lookup(K key) {
        SoftReference<Object> ref = entries.get(key);
        Object value = ref == null ? null : ref.get();
        if (ref != null && value == null) {
            entries.remove(key);
        }
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        boolean existed = entries.put(key, new SoftReference<>(value)) != null;
        listeners.forEach(l -> {
            if (existed) {
                l.onEntryUpdated(key, value);
            } else {
                l.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (lookup(key) != null) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T current = lookup(key);
        if (current != null) {
            return current;
        }
        T value = valueSupplier.get();
        put(key, value);
        return value;
    }

    @Override
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V current = lookup(key);
        if (current != null) {
            put(key, update.apply(current));
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        SoftReference<Object> ref = entries.get(key);
        return ref != null && ref.get() != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Look-ups that found the department-year cached. */
    public long hits() {
        return hits.sum();
    }

    /** Look-ups that did not: each one a load from snapshot and events. */
    public long misses() {
        return misses.sum();
    }
}
