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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The event history of a department-year, filtered and paged: what happened, when (both clocks), who, why. */
@Component
public class EventHistory {
    public static final int MAX_PAGE_SIZE = 500;
    private final StoredEvents events;

    public EventHistory(StoredEvents events) {
        this.events = events;
    }

    /**
     * Every part optional. {@code from}/{@code to}: the business date; {@code recordedFrom}/{@code asOf}: when it was
     * recorded (both inclusive); {@code text}: a part of the reason, document or subject (any case).
     */
    public record Filter(String type, LocalDate from, LocalDate to, String recordedBy, String economicCode,
                         String project, Instant asOf, Instant recordedFrom, String text) {
        public Filter {
            if (from != null && to != null && from.isAfter(to)) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "业务日期范围有误：起始日 " + from + " 晚于截止日 " + to);
            }
            if (recordedFrom != null && asOf != null && recordedFrom.isAfter(asOf)) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "记录时间范围有误：起始时间晚于截止时间");
            }
        }
    }

    /**
     * One event; proposedBy / approvedBy / proposalId only on the maker–checker events (null otherwise); amount (元)
     * where the event has one, its own or its posting's.
     */
    public record Entry(String ledgerId, long sequence, String type, LocalDate businessDate, Instant recordedAt,
                        String recordedBy, String reason, String document, String subject, String amount,
                        JsonNode payload, String hash, String proposedBy, String approvedBy, String proposalId) {
    }

    /** One event in full: its entry and every metadata key as stored (the hash chain's prevHash and hash included). */
    public record Detail(Entry entry, Map<String, String> metadata) {
    }

    public record Page(int page, int size, long total, List<Entry> items) {
    }

    public Page page(String ledgerId, Filter filter, int page, int size) {
        return page(List.of(ledgerId), filter, page, size);
    }

    /** Several department-years (a department's, for an auditor) one after the other, each in sequence order. */
    public Page page(List<String> ledgerIds, Filter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "page 须 ≥ 0，size 须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        List<RecordedEvent> matching = ledgerIds.stream().flatMap(id -> events.stream(id).stream())
                .filter(matches(filter)).toList();
        List<Entry> items = matching.stream().skip((long) page * size).limit(size).map(EventHistory::entry).toList();
        return new Page(page, size, matching.size(), items);
    }

    /** The event at this sequence of the stream, in full. */
    public Optional<Detail> one(String ledgerId, long sequence) {
        List<RecordedEvent> found = new ArrayList<>(1);
        if (sequence >= 0) {
            events.forEachFrom(ledgerId, sequence, e -> {
                if (e.sequence() == sequence) {
                    found.add(e);
                }
                return false;
            });
        }
        return found.stream().findFirst().map(e -> new Detail(entry(e), e.metadata()));
    }

    static Predicate<RecordedEvent> matches(Filter f) {
        return e -> (f.type() == null || e.payload().getClass().getSimpleName().equals(f.type()))
                && (f.from() == null || (e.businessDay() != null && !e.businessDay().isBefore(f.from())))
                && (f.to() == null || (e.businessDay() != null && !e.businessDay().isAfter(f.to())))
                && (f.recordedBy() == null || f.recordedBy().equals(e.metadata().get(AuditKeys.RECORDED_BY)))
                && (f.asOf() == null || !e.recordedTime().isAfter(f.asOf()))
                && (f.recordedFrom() == null || !e.recordedTime().isBefore(f.recordedFrom()))
                && (f.text() == null || f.text().isBlank() || mentions(e, f.text()))
                && (f.economicCode() == null || f.economicCode().equals(field(e, "economicCode")))
                && (f.project() == null || f.project().equals(field(e, "projectCode")));
    }

    /** The recorder's reason, document and subject, and the reason or summary the event itself states. */
    private static boolean mentions(RecordedEvent e, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(AuditKeys.REASON, AuditKeys.DOCUMENT, AuditKeys.SUBJECT).map(e.metadata()::get),
                        Stream.of("reason", "summary").map(name -> field(e, name)))
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(t));
    }

    /** A field of the payload, or of its posting (expenditures carry their line's keys in a posting). */
    private static String field(RecordedEvent e, String name) {
        return field(LedgerJson.mapper().valueToTree(e.payload()), name);
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.has(name) ? node.get(name) : node.path("posting").get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Entry entry(RecordedEvent e) {
        Map<String, String> m = e.metadata();
        JsonNode payload = LedgerJson.mapper().valueToTree(e.payload());
        return new Entry(e.ledgerId(), e.sequence(), e.payload().getClass().getSimpleName(), e.businessDay(),
                e.recordedTime(), m.get(AuditKeys.RECORDED_BY), m.get(AuditKeys.REASON), m.get(AuditKeys.DOCUMENT),
                m.get(AuditKeys.SUBJECT), field(payload, "amount"), payload, m.get(AuditKeys.HASH), m.get(AuditKeys.PROPOSED_BY),
                m.get(AuditKeys.APPROVED_BY), m.get(AuditKeys.PROPOSAL));
    }
}
