package budgetledger.app.config;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.IsoTimes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The stored timestamp of an event is its recorded time. The aggregate fixes that time (now, or the original time of
 * migrated history) in the hashed metadata; this dispatch interceptor makes Axon's own timestamp agree with it, so
 * tracking processors, the store and the hash chain all tell the same time.
 */
@Configuration(proxyBeanMethods = false)
public class RecordedTimeInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    @Autowired
    public void register(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> withRecordedTime(message);
    }

    static EventMessage<?> withRecordedTime(EventMessage<?> message) {
        Object recordedAt = message.getMetaData().get(AuditKeys.RECORDED_AT);
        if (!(message instanceof DomainEventMessage<?> domain) || recordedAt == null) {
            return message;
        }
        Instant time = IsoTimes.instant(recordedAt.toString());
        if (time.equals(message.getTimestamp())) {
            return message;
        }
        return new GenericDomainEventMessage<>(domain.getType(), domain.getAggregateIdentifier(),
                domain.getSequenceNumber(), domain.getPayload(), domain.getMetaData(), domain.getIdentifier(), time);
    }
}
