package budgetledger.app.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per username and per client address over a sliding window: after {@code max-failures}
 * for a username (default 5 in 15 minutes) or {@code max-failures-per-ip} from one address (default 20: an office
 * behind one address shares it) further attempts are refused with 429 — even with the right password — until the
 * oldest failure leaves the window. A successful sign-in clears its username's count. Invalid API tokens count
 * against their address. Kept in memory: each instance counts its own attempts.
 */
@Component
public class SignInLimiter {
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final int maxPerUser;
    private final int maxPerIp;
    private final long windowMillis;
    private final Clock clock;

    @Autowired
    public SignInLimiter(@Value("${ledger.security.sign-in.max-failures:5}") int maxPerUser,
                         @Value("${ledger.security.sign-in.max-failures-per-ip:20}") int maxPerIp,
                         @Value("${ledger.security.sign-in.window:15m}") Duration window) {
        this(maxPerUser, maxPerIp, window, Clock.systemUTC());
    }

    public SignInLimiter(int maxPerUser, int maxPerIp, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerIp = maxPerIp;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** How long until another attempt is allowed, if this username or address is locked out now. */
    public Optional<Duration> lockedFor(String username, String ip) {
        long now = clock.millis();
        long wait = Math.max(wait(userKey(username), maxPerUser, now), wait(ipKey(ip), maxPerIp, now));
        return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    }

    public void failed(String username, String ip) {
        long now = clock.millis();
        if (username != null && !username.isBlank()) {
            add(userKey(username), now);
        }
        add(ipKey(ip), now);
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> recent(e.getValue(), now) == 0);
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private long wait(String key, int max, long now) {
        if (key == null) {
            return 0;
        }
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            if (recent(times, now) < max) {
                return 0;
            }
            // locked until enough failures have left the window to fall below the limit
            Long[] sorted = times.toArray(Long[]::new);
            long unlockAt = sorted[sorted.length - max] + windowMillis;
            return Math.max(1, unlockAt - now);
        }
    }

    private void add(String key, long now) {
        if (key == null) {
            return;
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            recent(times, now);
            times.addLast(now);
            while (times.size() > 1000) {
                times.removeFirst();
            }
        }
    }

    /** Drops failures older than the window; returns how many remain. */
    private int recent(Deque<Long> times, long now) {
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : "user:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String ipKey(String ip) {
        return ip == null ? null : "ip:" + ip;
    }
}
