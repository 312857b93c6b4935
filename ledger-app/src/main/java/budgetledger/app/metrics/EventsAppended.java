package budgetledger.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** {@code ledger.events.appended{type}}: events published to the store, counted once their unit of work commits. */
@Component
public class EventsAppended implements MessageDispatchInterceptor<EventMessage<?>> {
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public EventsAppended(MeterRegistry registry) {
        this.registry = registry;
    }

    @Autowired
    public void register(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            Counter counter = counters.computeIfAbsent(message.getPayloadType().getSimpleName(), type ->
                    Counter.builder("ledger.events.appended").description("Events appended to the event store, by type")
                            .tag("type", type).register(registry));
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().afterCommit(u -> counter.increment());
            } else {
                counter.increment();
            }
            return message;
        };
    }
}
