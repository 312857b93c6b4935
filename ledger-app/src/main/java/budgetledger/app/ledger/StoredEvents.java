package budgetledger.app.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.IsoTimes;
import budgetledger.projections.stream.RecordedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a department-year stream from the event store as the folds see it. Goes through Axon's storage engine
 * (not raw SQL) so that upcasters, when events change shape, apply to history too.
 */
@Component
public class StoredEvents {
    private final EventStorageEngine storage;

    public StoredEvents(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** The last sequence number stored for a ledger, -1 if it has none. */
    public long headSequence(String ledgerId) {
        return storage.lastSequenceNumberFor(ledgerId).orElse(-1L);
    }

    public List<RecordedEvent> stream(String ledgerId) {
        List<RecordedEvent> out = new ArrayList<>();
        DomainEventStream stream = storage.readEvents(ledgerId, 0);
        while (stream.hasNext()) {
            out.add(toRecorded(stream.next(), -1));
        }
        return out;
    }

    /** A ledger's events from {@code fromSequence} on, in order, while {@code sink} asks for more (read lazily, in batches). */
    public void forEachFrom(String ledgerId, long fromSequence, java.util.function.Predicate<RecordedEvent> sink) {
        DomainEventStream stream = storage.readEvents(ledgerId, fromSequence);
        while (stream.hasNext()) {
            if (!sink.test(toRecorded(stream.next(), -1))) {
                return;
            }
        }
    }

    public static RecordedEvent toRecorded(DomainEventMessage<?> msg, long globalIndex) {
        Map<String, String> meta = new LinkedHashMap<>();
        msg.getMetaData().forEach((k, v) -> meta.put(k, v == null ? null : v.toString()));
        String recorded = meta.get(AuditKeys.RECORDED_AT);
        String business = meta.get(AuditKeys.BUSINESS_DATE);
        return new RecordedEvent(msg.getAggregateIdentifier(), msg.getSequenceNumber(), globalIndex,
                recorded == null ? msg.getTimestamp() : IsoTimes.instant(recorded),
                business == null ? null : IsoTimes.date(business), msg.getPayload(), meta);
    }
}
