package budgetledger.app.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Commands by type and outcome — {@code accepted}, {@code repeated} (an idempotent retry) or the refusal's error code —
 * with their latency: the timer {@code ledger.commands}. Inside a larger unit of work (the import's bulk path) the
 * outcome counts only once that unit commits: a chunk that is rolled back and run again is not counted twice.
 */
@Component
public class CommandMetrics {
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};
    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String command, String outcome, long nanos) {
        Runnable count = () -> Timer.builder("ledger.commands")
                .description("Ledger commands by type and outcome (accepted, repeated, or the refusal's code)")
                .tags("command", command == null ? "unknown" : command, "outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(nanos));
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(u -> count.run());
        } else {
            count.run();
        }
    }
}
