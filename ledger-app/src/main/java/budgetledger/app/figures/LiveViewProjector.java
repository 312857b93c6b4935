package budgetledger.app.figures;

import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.common.LedgerEvent;
import budgetledger.projections.fold.LedgerView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The live home of the folds: a streaming processor applies each event to its department-year's
 * {@link LedgerView} and stores the state. Views touched in one batch are loaded once and written once,
 * when the batch commits together with its token, so a restart resumes exactly where it stopped. A view that passes
 * a multiple of {@code ledger.views.checkpoint-interval} events is also kept as a checkpoint, where "as of" replays
 * start (see {@link FiguresService#replay}).
 */
@Component
@ProcessingGroup(LiveViewProjector.PROCESSOR)
public class LiveViewProjector {
    public static final String PROCESSOR = "ledger-views";
    private static final String BATCH = "ledgerViews.batch";

    private final ViewStore store;
    private final long checkpointInterval;

    public LiveViewProjector(ViewStore store,
                             @org.springframework.beans.factory.annotation.Value("${ledger.views.checkpoint-interval:1000}")
                             long checkpointInterval) {
        this.store = store;
        this.checkpointInterval = Math.max(1, checkpointInterval);
    }

    @EventHandler
    void on(LedgerEvent event, DomainEventMessage<?> message, TrackingToken token) {
        long globalIndex = token == null ? -1 : token.position().orElse(-1);
        Batch batch = batch();
        batch.lastGlobalIndex = Math.max(batch.lastGlobalIndex, globalIndex);
        batch.views.computeIfAbsent(message.getAggregateIdentifier(), id -> {
                    LedgerView view = store.load(id).orElseGet(() -> LedgerView.empty(id));
                    batch.startSequences.put(id, view.lastSequence());
                    return view;
                })
                .applyIfNew(StoredEvents.toRecorded(message, globalIndex));
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    private Batch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            Batch b = new Batch();
            root.onPrepareCommit(u -> {
                store.saveAll(b.views, b.lastGlobalIndex);
                store.saveCheckpoints(b.views.entrySet().stream()
                        .filter(e -> crossed(b.startSequences.get(e.getKey()), e.getValue().lastSequence()))
                        .map(Map.Entry::getValue).toList());
            });
            return b;
        });
    }

    /** Whether this batch took the view past a multiple of the checkpoint interval: then its state is a checkpoint. */
    private boolean crossed(Long from, long to) {
        long start = from == null ? -1 : from;
        return to > start && Math.floorDiv(to + 1, checkpointInterval) > Math.floorDiv(start + 1, checkpointInterval);
    }

    private static final class Batch {
        final Map<String, LedgerView> views = new HashMap<>();
        final Map<String, Long> startSequences = new HashMap<>();
        long lastGlobalIndex = -1;
    }
}
