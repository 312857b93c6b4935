package budgetledger.app.audit;

import budgetledger.app.figures.ViewStore;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The auditor's operations on the store itself: verify every hash chain; export streams as JSON Lines. */
@Service
public class AuditService {
    private final EventRows rows;
    private final ViewStore views;

    public AuditService(EventRows rows, ViewStore views) {
        this.rows = rows;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public ChainVerifier.Report verify(String departmentId, Integer year) {
        ChainVerifier verifier = new ChainVerifier();
        rows.forEachLedgerRow(departmentId, year, verifier::accept);
        var known = views.lastSequences();
        if (departmentId != null) {
            known.keySet().removeIf(id -> !id.startsWith(departmentId + "/")
                    || (year != null && !id.equals(departmentId + "/" + year)));
        }
        return verifier.report(known);
    }

    /** Writes the department registrations and the department-year streams (with their hash links); returns the count. */
    @Transactional(readOnly = true)
    public long export(String departmentId, Integer year, Writer out) {
        long[] count = {0};
        rows.forEachDepartmentRow(departmentId, row -> write(row, out, count));
        rows.forEachLedgerRow(departmentId, year, row -> write(row, out, count));
        return count[0];
    }

    private static void write(StoredRow row, Writer out, long[] count) {
        try {
            out.write(LedgerJson.mapper().writeValueAsString(toJson(row)));
            out.write('\n');
            count[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(StoredRow row) throws IOException {
        ObjectNode node = LedgerJson.mapper().createObjectNode();
        node.put("ledgerId", row.ledgerId());
        node.put("aggregateType", row.aggregateType());
        node.put("sequence", row.sequence());
        node.put("globalIndex", row.globalIndex());
        node.put("eventId", row.eventId());
        node.put("payloadType", row.payloadType());
        node.put("payloadRevision", row.payloadRevision());
        node.put("timestamp", row.timestamp());
        node.set("metadata", row.metadataJson() == null ? null : LedgerJson.mapper().readTree(row.metadataJson()));
        node.set("payload", LedgerJson.mapper().readTree(row.payloadJson()));
        return node;
    }

    /** The inverse of {@link #toJson}: an export line back to the row it was written from. */
    public static StoredRow fromJson(String line) throws IOException {
        JsonNode n = LedgerJson.mapper().readTree(line);
        JsonNode meta = n.get("metadata");
        return new StoredRow(n.path("ledgerId").asText(), n.path("aggregateType").asText(), n.path("sequence").asLong(),
                n.path("globalIndex").asLong(), n.path("eventId").asText(null), n.path("payloadType").asText(),
                n.path("payloadRevision").asText(null), LedgerJson.mapper().writeValueAsString(n.get("payload")),
                meta == null || meta.isNull() ? null : LedgerJson.mapper().writeValueAsString(meta),
                n.path("timestamp").asText(null));
    }
}
