package budgetledger.app.ledger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Import progress for the dashboards: lines in the file being imported, lines done, lines by outcome (applied or the
 * refusal's code), and chunks of the bulk path that were undone and run again line by line.
 */
@Component
public class ImportMetrics {
    private final MeterRegistry registry;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong active = new AtomicLong();

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("ledger.import.file.lines", total, AtomicLong::get)
                .description("Lines in the file of the import running now (or last run)").register(registry);
        Gauge.builder("ledger.import.file.done", done, AtomicLong::get)
                .description("Lines of that file applied or refused so far").register(registry);
        Gauge.builder("ledger.import.active", active, AtomicLong::get)
                .description("Imports running now").register(registry);
    }

    Tracker start(long lines) {
        total.set(lines);
        done.set(0);
        active.incrementAndGet();
        return new Tracker();
    }

    final class Tracker {
        void applied(long lines) {
            done.addAndGet(lines);
            registry.counter("ledger.import.lines", "outcome", "applied").increment(lines);
        }

        void rejected(String code) {
            done.incrementAndGet();
            registry.counter("ledger.import.lines", "outcome", code).increment();
        }

        void chunkRedone() {
            registry.counter("ledger.import.chunks.redone").increment();
        }

        void finished() {
            active.decrementAndGet();
        }
    }
}
