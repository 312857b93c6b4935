package budgetledger.app.seal;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.LedgerException;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.core.yearend.FiscalYearClosed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals a department-year at each submission of its self-evaluation and at its close, at that event. A tracking
 * processor of its own: it runs once per event whichever instance recorded it (its token is shared), and after a
 * restart it seals what it had not reached. A stream that no longer verifies is not sealed; that is logged loudly.
 */
@Component
@ProcessingGroup(SealProcessor.PROCESSOR)
public class SealProcessor {
    public static final String PROCESSOR = "ledger-seals";
    private static final Logger log = LoggerFactory.getLogger(SealProcessor.class);
    private final Sealer sealer;

    public SealProcessor(Sealer sealer) {
        this.sealer = sealer;
    }

    @EventHandler
    void on(SelfEvaluationSubmitted e, DomainEventMessage<?> message) {
        seal(message, Seal.SUBMISSION);
    }

    @EventHandler
    void on(FiscalYearClosed e, DomainEventMessage<?> message) {
        seal(message, Seal.CLOSE);
    }

    private void seal(DomainEventMessage<?> m, String reason) {
        Object hash = m.getMetaData().get(AuditKeys.HASH);
        try {
            sealer.seal(m.getAggregateIdentifier(), m.getSequenceNumber(), String.valueOf(hash), reason);
        } catch (LedgerException e) {
            log.error("seal of {} at sequence {} refused: {}", m.getAggregateIdentifier(), m.getSequenceNumber(),
                    e.getMessage());
        }
    }
}
