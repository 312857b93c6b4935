package budgetledger.app.audit;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Consumer;

/**
 * The department registry's hash chain (登记链) as stored: every department registration in the order the store
 * received them, each linked to the one before (core {@code department.RegistryLink}). Checked like a department-year
 * stream — the registrations are handed on as the rows of one stream, {@value #REGISTRY}, numbered from 0 — so
 * {@link ChainVerifier} names an edited, removed or inserted registration, and a seal covers the registry's head.
 * <p>
 * Registrations recorded before the registry was chained carry no link. In an older store they come first, and are
 * counted, not failed: they are proven by the seals' registration hash of their department only. A registration
 * without a link after a linked one is a break (its link removed).
 */
@Component
public class RegistryChain {
    /** The registry's name where a stream's is expected (in a verification, a seal, a seals export). */
    public static final String REGISTRY = "departments";
    private final EventRows rows;

    public RegistryChain(EventRows rows) {
        this.rows = rows;
    }

    /**
     * The registry after a check: registrations in the chain, older ones before it, its head (last position and the
     * hash it carries; -1 and null when nothing is chained) and its first break, null when whole.
     */
    public record Report(long chained, long unchained, long headSequence, String headHash, ChainVerifier.Break broken) {
        public boolean ok() {
            return broken == null;
        }
    }

    @Transactional(readOnly = true)
    public Report verify() {
        ChainVerifier verifier = new ChainVerifier();
        long[] unchained = {0};
        long chained = forEachLink(verifier::accept, () -> unchained[0]++);
        ChainVerifier.Report report = verifier.report(java.util.Map.of());
        ChainVerifier.Chain head = report.chains().isEmpty() ? null : report.chains().get(0);
        return new Report(chained, unchained[0], head == null ? -1 : head.headSequence(),
                head == null ? null : head.headHash(), report.breaks().isEmpty() ? null : report.breaks().get(0));
    }

    /**
     * Hands on the registry's links as rows of the stream {@value #REGISTRY} (sequence = position in the chain); the
     * unlinked registrations before the first link only tick {@code older}. Returns the links handed on.
     */
    public long forEachLink(Consumer<StoredRow> link, Runnable older) {
        return forEachLink(rows::forEachRegistration, link, older);
    }

    /** As {@link #forEachLink(Consumer, Runnable)}, over registrations {@code source} gives in the store's order. */
    public static long forEachLink(Consumer<Consumer<StoredRow>> source, Consumer<StoredRow> link, Runnable older) {
        long[] position = {0};
        source.accept(row -> {
            if (position[0] == 0 && !linked(row)) {
                older.run();
                return;
            }
            link.accept(new StoredRow(REGISTRY, row.aggregateType(), position[0]++, row.globalIndex(), row.eventId(),
                    row.payloadType(), row.payloadRevision(), row.payloadJson(), row.metadataJson(), row.timestamp()));
        });
        return position[0];
    }

    /** The department a registration registers, for a finding that names it. */
    public static String departmentOf(StoredRow row) {
        return field(row.payloadJson(), "departmentId");
    }

    private static boolean linked(StoredRow row) {
        return field(row.metadataJson(), AuditKeys.HASH) != null;
    }

    private static String field(String json, String name) {
        try {
            return json == null ? null : LedgerJson.mapper().readTree(json).path(name).asText(null);
        } catch (java.io.IOException e) {
            return null; // unreadable: the chain check names it
        }
    }
}
