package budgetledger.app.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.stream.RecordedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The event history of a department-year, filtered and paged: what happened, when (both clocks), who, why. */
@Component
public class EventHistory {
    public static final int MAX_PAGE_SIZE = 500;
    private final StoredEvents events;

    public EventHistory(StoredEvents events) {
        this.events = events;
    }

    public record Filter(String type, LocalDate from, LocalDate to, String recordedBy, String economicCode,
                         String project, Instant asOf) {
    }

    /** One event; proposedBy / approvedBy / proposalId only on the maker–checker events (null otherwise). */
    public record Entry(long sequence, String type, LocalDate businessDate, Instant recordedAt, String recordedBy,
                        String reason, String document, String subject, JsonNode payload, String hash,
                        String proposedBy, String approvedBy, String proposalId) {
    }

    public record Page(int page, int size, long total, List<Entry> items) {
    }

    public Page page(String ledgerId, Filter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "page 须 ≥ 0，size 须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        List<RecordedEvent> matching = events.stream(ledgerId).stream().filter(matches(filter)).toList();
        List<Entry> items = matching.stream().skip((long) page * size).limit(size).map(EventHistory::entry).toList();
        return new Page(page, size, matching.size(), items);
    }

    static Predicate<RecordedEvent> matches(Filter f) {
        return e -> (f.type() == null || e.payload().getClass().getSimpleName().equals(f.type()))
                && (f.from() == null || (e.businessDay() != null && !e.businessDay().isBefore(f.from())))
                && (f.to() == null || (e.businessDay() != null && !e.businessDay().isAfter(f.to())))
                && (f.recordedBy() == null || f.recordedBy().equals(e.metadata().get(AuditKeys.RECORDED_BY)))
                && (f.asOf() == null || !e.recordedTime().isAfter(f.asOf()))
                && (f.economicCode() == null || f.economicCode().equals(field(e, "economicCode")))
                && (f.project() == null || f.project().equals(field(e, "projectCode")));
    }

    /** A field of the payload, or of its posting (expenditures carry their line's keys in a posting). */
    private static String field(RecordedEvent e, String name) {
        JsonNode node = LedgerJson.mapper().valueToTree(e.payload());
        JsonNode v = node.has(name) ? node.get(name) : node.path("posting").get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Entry entry(RecordedEvent e) {
        Map<String, String> m = e.metadata();
        return new Entry(e.sequence(), e.payload().getClass().getSimpleName(), e.businessDay(), e.recordedTime(),
                m.get(AuditKeys.RECORDED_BY), m.get(AuditKeys.REASON), m.get(AuditKeys.DOCUMENT), m.get(AuditKeys.SUBJECT),
                LedgerJson.mapper().valueToTree(e.payload()), m.get(AuditKeys.HASH), m.get(AuditKeys.PROPOSED_BY),
                m.get(AuditKeys.APPROVED_BY), m.get(AuditKeys.PROPOSAL));
    }
}
