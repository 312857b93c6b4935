package budgetledger.app.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetAdjustmentProposed;
import budgetledger.core.budget.BudgetProposalRejected;
import budgetledger.core.budget.BudgetTransferProposed;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.projections.stream.RecordedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The maker–checker worklist of a department-year: every proposed adjustment and transfer, who proposed it, and
 * whether (and by whom) it was approved or rejected — read from the stream itself.
 */
@Component
public class Proposals {
    public static final int MAX_PAGE_SIZE = 500;
    private final StoredEvents events;

    public Proposals(StoredEvents events) {
        this.events = events;
    }

    public record Proposal(String proposalId, String kind, String lineId, String direction, String fromLineId,
                           String toLineId, String amount, LocalDate businessDate, String proposedBy, Instant proposedAt,
                           String reason, String document, String status, String decidedBy, Instant decidedAt,
                           String rejectionReason) {
        Proposal decided(String to, String by, Instant at, String rejection) {
            return new Proposal(proposalId, kind, lineId, direction, fromLineId, toLineId, amount, businessDate,
                    proposedBy, proposedAt, reason, document, to, by, at, rejection);
        }
    }

    public record Page(int page, int size, long total, List<Proposal> items) {
    }

    /** @param status PENDING, APPROVED or REJECTED; null for all */
    public Page page(String departmentId, int year, String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "page 须 ≥ 0，size 须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (wanted != null && !List.of("PENDING", "APPROVED", "REJECTED").contains(wanted)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "status 须为 PENDING、APPROVED 或 REJECTED");
        }
        List<Proposal> all = new ArrayList<>(all(LedgerId.of(departmentId, year)).values());
        List<Proposal> matching = all.stream().filter(p -> wanted == null || p.status().equals(wanted)).toList();
        return new Page(page, size, matching.size(),
                matching.stream().skip((long) page * size).limit(size).toList());
    }

    Map<String, Proposal> all(String ledgerId) {
        Map<String, Proposal> byId = new LinkedHashMap<>();
        for (RecordedEvent e : events.stream(ledgerId)) {
            Map<String, String> m = e.metadata();
            Object p = e.payload();
            if (p instanceof BudgetAdjustmentProposed a) {
                byId.put(a.proposalId(), new Proposal(a.proposalId(), "ADJUSTMENT", a.lineId(), a.direction().name(),
                        null, null, a.amount().toString(), a.businessDate(), m.get(AuditKeys.PROPOSED_BY), e.recordedTime(),
                        m.get(AuditKeys.REASON), m.get(AuditKeys.DOCUMENT), "PENDING", null, null, null));
            } else if (p instanceof BudgetTransferProposed t) {
                byId.put(t.proposalId(), new Proposal(t.proposalId(), "TRANSFER", null, null, t.fromLineId(), t.toLineId(),
                        t.amount().toString(), t.businessDate(), m.get(AuditKeys.PROPOSED_BY), e.recordedTime(),
                        m.get(AuditKeys.REASON), m.get(AuditKeys.DOCUMENT), "PENDING", null, null, null));
            } else if (p instanceof BudgetProposalRejected r) {
                byId.computeIfPresent(r.proposalId(), (k, v) -> v.decided("REJECTED", m.get(AuditKeys.RECORDED_BY),
                        e.recordedTime(), r.reason()));
            } else if ((p instanceof BudgetAdjusted || p instanceof BudgetTransferred) && m.get(AuditKeys.PROPOSAL) != null) {
                byId.computeIfPresent(m.get(AuditKeys.PROPOSAL), (k, v) -> v.decided("APPROVED",
                        m.get(AuditKeys.APPROVED_BY), e.recordedTime(), null));
            }
        }
        return byId;
    }
}
