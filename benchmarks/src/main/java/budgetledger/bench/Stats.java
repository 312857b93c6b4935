package budgetledger.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, summarized as percentiles in milliseconds. */
final class Stats {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long n) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = n;
    }

    synchronized void addAll(Stats other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0–100) in milliseconds, nearest rank. */
    synchronized double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    String summary() {
        return String.format("n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms", count(), percentileMs(50),
                percentileMs(90), percentileMs(99), percentileMs(100));
    }
}
