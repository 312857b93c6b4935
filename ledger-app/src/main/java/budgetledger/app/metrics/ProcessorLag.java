package budgetledger.app.metrics;

import budgetledger.core.common.IsoTimes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each streaming processor's distance from the head of the store, sampled every {@code ledger.metrics.lag-interval}:
 * {@code ledger.processor.lag.events} (events not yet processed by its slowest segment),
 * {@code ledger.processor.lag.seconds} (how long the oldest of them has waited: its recorded time, or for migrated
 * history recorded long ago, the time since the processor was last caught up), {@code ledger.processor.position},
 * {@code ledger.processor.replaying} and {@code ledger.processor.replay.progress} (0–1, a rebuild's progress), and
 * {@code ledger.store.head} (the store's last global index).
 */
@Component
public class ProcessorLag {
    private static final Logger log = LoggerFactory.getLogger(ProcessorLag.class);
    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final AtomicLong head = new AtomicLong(-1);
    private final Map<String, Sample> samples = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    public ProcessorLag(MeterRegistry registry, EventProcessingConfiguration processing, EventStore eventStore,
                        JdbcTemplate jdbc, @Value("${ledger.metrics.lag-interval:5s}") Duration interval) {
        this.registry = registry;
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.interval = interval;
        Gauge.builder("ledger.store.head", head, AtomicLong::get)
                .description("Global index of the last event in the store").register(registry);
    }

    /** The latest sample of one processor, read by its gauges. */
    static final class Sample {
        volatile double lagEvents;
        volatile double lagSeconds;
        volatile double position;
        volatile double replaying;
        volatile double replayProgress = 1;
        volatile Instant caughtUpAt = Instant.now();
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (sampler == null) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "processor-lag");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleWithFixedDelay(this::sampleQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (sampler != null) {
            sampler.shutdownNow();
            sampler = null;
        }
    }

    private void sampleQuietly() {
        try {
            sample();
        } catch (RuntimeException e) {
            log.debug("processor lag not sampled: {}", e.getMessage());
        }
    }

    void sample() {
        var token = eventStore.createHeadToken();
        long headIndex = token == null ? -1 : token.position().orElse(-1);
        head.set(headIndex);
        Instant now = Instant.now();
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
            if (status.isEmpty()) {
                return;
            }
            Sample s = samples.computeIfAbsent(name, this::register);
            long position = status.values().stream().mapToLong(st -> st.getCurrentPosition().orElse(-1)).min().orElse(-1);
            boolean replaying = status.values().stream().anyMatch(EventTrackerStatus::isReplaying);
            long lag = Math.max(0, headIndex - position);
            if (lag == 0) {
                s.caughtUpAt = now;
            }
            s.position = position;
            s.lagEvents = lag;
            s.lagSeconds = lag == 0 ? 0 : Math.min(ageOfEventAfter(position, now), Duration.between(s.caughtUpAt, now).toMillis() / 1000.0);
            s.replaying = replaying ? 1 : 0;
            s.replayProgress = !replaying || headIndex <= 0 ? 1 : Math.max(0, Math.min(1, (double) position / headIndex));
        });
    }

    /** Seconds since the first event past {@code position} was recorded. */
    private double ageOfEventAfter(long position, Instant now) {
        List<String> times = jdbc.queryForList("SELECT \"timestamp\" FROM domainevententry WHERE globalindex > ? "
                + "ORDER BY globalindex LIMIT 1", String.class, position);
        if (times.isEmpty()) {
            return 0;
        }
        return Math.max(0, Duration.between(IsoTimes.instant(times.get(0)), now).toMillis() / 1000.0);
    }

    private Sample register(String processor) {
        Sample s = new Sample();
        Gauge.builder("ledger.processor.lag.events", s, x -> x.lagEvents).tag("processor", processor)
                .description("Events in the store not yet processed by the processor's slowest segment").register(registry);
        Gauge.builder("ledger.processor.lag.seconds", s, x -> x.lagSeconds).tag("processor", processor)
                .description("How long the oldest unprocessed event has waited").baseUnit("seconds").register(registry);
        Gauge.builder("ledger.processor.position", s, x -> x.position).tag("processor", processor)
                .description("Global index the processor's slowest segment has reached").register(registry);
        Gauge.builder("ledger.processor.replaying", s, x -> x.replaying).tag("processor", processor)
                .description("1 while the processor replays (rebuild-views), else 0").register(registry);
        Gauge.builder("ledger.processor.replay.progress", s, x -> x.replayProgress).tag("processor", processor)
                .description("Share of the store a replay has processed (1 when not replaying)").register(registry);
        return s;
    }
}
