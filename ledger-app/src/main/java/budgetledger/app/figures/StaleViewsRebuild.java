package budgetledger.app.figures;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the fold has changed shape since the live views were stored ({@code LedgerView.FOLD_VERSION}), the views
 * are rebuilt from the event store at start-up; until then reads fall back to replay, so no stale figure is served.
 */
@Component
public class StaleViewsRebuild {
    private static final Logger log = LoggerFactory.getLogger(StaleViewsRebuild.class);
    private final ViewStore views;
    private final EventProcessingConfiguration processing;

    public StaleViewsRebuild(ViewStore views, EventProcessingConfiguration processing) {
        this.views = views;
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfStale() {
        if (!views.hasStaleViews()) {
            return;
        }
        processing.eventProcessor(LiveViewProjector.PROCESSOR, StreamingEventProcessor.class).ifPresent(p -> {
            log.warn("live views were folded by another fold version: rebuilding them from the event store");
            p.shutDown();
            p.resetTokens();
            p.start();
        });
    }
}
