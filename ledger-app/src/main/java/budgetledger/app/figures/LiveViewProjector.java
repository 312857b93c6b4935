package budgetledger.app.figures;

import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.ledger.LedgerEvent;
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
 * when the batch commits together with its token, so a restart resumes exactly where it stopped.
 */
@Component
@ProcessingGroup(LiveViewProjector.PROCESSOR)
public class LiveViewProjector {
    public static final String PROCESSOR = "ledger-views";
    private static final String BATCH = "ledgerViews.batch";

    private final ViewStore store;

    public LiveViewProjector(ViewStore store) {
        this.store = store;
    }

    @EventHandler
    void on(LedgerEvent event, DomainEventMessage<?> message, TrackingToken token) {
        long globalIndex = token == null ? -1 : token.position().orElse(-1);
        Batch batch = batch();
        batch.lastGlobalIndex = Math.max(batch.lastGlobalIndex, globalIndex);
        batch.views.computeIfAbsent(message.getAggregateIdentifier(),
                        id -> store.load(id).orElseGet(() -> LedgerView.empty(id)))
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
            root.onPrepareCommit(u -> store.saveAll(b.views, b.lastGlobalIndex));
            return b;
        });
    }

    private static final class Batch {
        final Map<String, LedgerView> views = new HashMap<>();
        long lastGlobalIndex = -1;
    }
}
