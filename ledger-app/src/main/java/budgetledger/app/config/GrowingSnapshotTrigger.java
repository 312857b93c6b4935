package budgetledger.app.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

import java.io.Serializable;

/**
 * Snapshot a department-year when the events since its last snapshot reach {@code threshold} or a tenth of its
 * stream, whichever is more — after the unit of work commits,
 * once per unit of work (Axon's snapshotter sees to both). A snapshot costs as much as the
 * state is large (every voucher of the year is in it, for reversals), so a fixed interval makes a long year pay
 * quadratically; growing with the stream keeps the total linear, and a cold load still reads at most a tenth of the
 * year beyond its snapshot (the cache keeps warm years from reading anything).
 */
public final class GrowingSnapshotTrigger implements SnapshotTriggerDefinition {
    private final Snapshotter snapshotter;
    private final int threshold;

    public GrowingSnapshotTrigger(Snapshotter snapshotter, int threshold) {
        this.snapshotter = snapshotter;
        this.threshold = threshold;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger t) {
            t.snapshotter = snapshotter;
            return t;
        }
        return prepareTrigger(aggregateType);
    }

    static final class Trigger implements SnapshotTrigger, Serializable {
        private static final long serialVersionUID = 1L;
        private transient Snapshotter snapshotter;
        private final Class<?> aggregateType;
        private final int threshold;
        private long sinceSnapshot;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
            this.snapshotter = snapshotter;
            this.aggregateType = aggregateType;
            this.threshold = threshold;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            if (!(message instanceof DomainEventMessage<?> event)) {
                return;
            }
            sinceSnapshot++;
            if (sinceSnapshot >= Math.max(threshold, event.getSequenceNumber() / 10)) {
                sinceSnapshot = 0;
                schedule(event.getAggregateIdentifier());
            }
        }

        @Override
        public void initializationFinished() {
            // counting goes on across loading and handling: events read on load count towards the next snapshot
        }

        private void schedule(String aggregateId) {
            // the snapshotter itself waits for the commit and takes one snapshot per aggregate and unit of work
            snapshotter.scheduleSnapshot(aggregateType, aggregateId);
        }
    }
}
