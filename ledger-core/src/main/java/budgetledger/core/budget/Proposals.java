package budgetledger.core.budget;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.CommandAudit;
import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maker–checker (审批) of budget adjustments and transfers: one user proposes, a different user approves — the
 * change takes effect only then, checked again against the lines as they stand — or anyone rejects with a reason.
 */
public final class Proposals {
    private final Map<String, Proposal> byId = new HashMap<>();

    /**
     * @param nextSequence the stream position the proposal will take: an unnamed proposal is numbered by it, which
     *                     is unique within the year and the same on replay
     */
    public Fact proposeAdjustment(ProposeBudgetAdjustment c, CommandAudit audit, BudgetLines lines, DepartmentYear dy,
                                  long nextSequence) {
        String proposer = audit.signer("提议人");
        String id = newId(c.proposalId(), nextSequence);
        BudgetLine line = Adjustments.checkAdjustment(lines, c.lineId(), c.direction(), c.amount(), c.businessDate(), dy);
        return new Fact(new BudgetAdjustmentProposed(dy.departmentId(), dy.year(), id, line.lineId(), c.direction(),
                c.amount(), c.businessDate()), c.businessDate(), id, signedBy(proposer));
    }

    public Fact proposeTransfer(ProposeBudgetTransfer c, CommandAudit audit, BudgetLines lines, DepartmentYear dy,
                                long nextSequence) {
        String proposer = audit.signer("提议人");
        String id = newId(c.proposalId(), nextSequence);
        BudgetLine from = Adjustments.checkTransfer(lines, c.fromLineId(), c.toLineId(), c.amount(), c.businessDate(), dy);
        return new Fact(new BudgetTransferProposed(dy.departmentId(), dy.year(), id, from.lineId(), c.toLineId(),
                c.amount(), c.businessDate()), c.businessDate(), id, signedBy(proposer));
    }

    private static Map<String, String> signedBy(String proposer) {
        return Map.of(AuditKeys.PROPOSED_BY, proposer, AuditKeys.APPROVED_BY, "");
    }

    /**
     * The proposal takes effect now, as BudgetAdjusted / BudgetTransferred naming both the proposer and the approver;
     * the proposer may not approve their own.
     */
    public Fact approve(ApproveBudgetProposal c, CommandAudit audit, BudgetLines lines, DepartmentYear dy) {
        Proposal p = pending(c.proposalId());
        String approver = audit.signer("审批人");
        if (approver.equals(p.proposedBy())) {
            throw new LedgerException(ErrorCode.SELF_APPROVAL, "提议 " + p.proposalId() + " 由 " + approver + " 提出");
        }
        Map<String, String> decision = decision(p, approver);
        if (audit.reason() == null && p.reason() != null) {
            decision.put(AuditKeys.REASON, p.reason());
        }
        if (audit.document() == null && p.document() != null) {
            decision.put(AuditKeys.DOCUMENT, p.document());
        }
        Money amount = Money.ofFen(p.amountFen());
        if (p.transfer()) {
            BudgetLine from = Adjustments.checkTransfer(lines, p.fromLineId(), p.toLineId(), amount, p.businessDate(), dy);
            return new Fact(new BudgetTransferred(dy.departmentId(), dy.year(), from.lineId(), p.toLineId(), amount,
                    p.businessDate()), p.businessDate(), from.lineId() + "->" + p.toLineId(), decision);
        }
        BudgetLine line = Adjustments.checkAdjustment(lines, p.lineId(), p.direction(), amount, p.businessDate(), dy);
        return new Fact(new BudgetAdjusted(dy.departmentId(), dy.year(), line.lineId(), p.direction(), amount,
                p.businessDate()), p.businessDate(), line.lineId(), decision);
    }

    /** Refuses a pending proposal with a reason; allowed in a closed year too (it records no budget fact). */
    public Fact reject(RejectBudgetProposal c, CommandAudit audit, DepartmentYear dy) {
        Proposal p = pending(c.proposalId());
        audit.signer("驳回人");
        String reason = Checks.text(c.reason(), "驳回理由 reason");
        Map<String, String> decision = decision(p, "");
        decision.put(AuditKeys.REASON, reason);
        return new Fact(new BudgetProposalRejected(dy.departmentId(), dy.year(), p.proposalId(), reason),
                p.businessDate(), p.proposalId(), decision);
    }

    private static Map<String, String> decision(Proposal p, String approver) {
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put(AuditKeys.PROPOSED_BY, p.proposedBy());
        decision.put(AuditKeys.APPROVED_BY, approver);
        decision.put(AuditKeys.PROPOSAL, p.proposalId());
        return decision;
    }

    private String newId(String requested, long nextSequence) {
        if (requested == null || requested.isBlank()) {
            return "TZ-" + nextSequence;
        }
        String id = Checks.id(requested, "提议编号 proposalId");
        if (byId.containsKey(id)) {
            throw new LedgerException(ErrorCode.DUPLICATE_PROPOSAL, id);
        }
        return id;
    }

    private Proposal pending(String proposalId) {
        Proposal p = proposalId == null ? null : byId.get(proposalId.trim());
        if (p == null) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROPOSAL, String.valueOf(proposalId));
        }
        if (p.status() != Proposal.Status.PENDING) {
            throw new LedgerException(ErrorCode.PROPOSAL_DECIDED, p.proposalId() + "（" + p.status() + "）");
        }
        return p;
    }

    /** A pending proposal that would change the line, if any (a line with one is not withdrawn). */
    public Optional<String> pendingOn(String lineId) {
        return byId.values().stream()
                .filter(p -> p.status() == Proposal.Status.PENDING)
                .filter(p -> lineId.equals(p.lineId()) || lineId.equals(p.fromLineId()) || lineId.equals(p.toLineId()))
                .map(Proposal::proposalId).sorted().findFirst();
    }

    // ---- state changes ----

    public void proposed(BudgetAdjustmentProposed e, CommandAudit audit) {
        byId.put(e.proposalId(), new Proposal(e.proposalId(), false, e.lineId(), e.direction(), null, null,
                e.amount().fen(), e.businessDate(), audit.proposer(), audit.reason(), audit.document(),
                Proposal.Status.PENDING));
    }

    public void proposed(BudgetTransferProposed e, CommandAudit audit) {
        byId.put(e.proposalId(), new Proposal(e.proposalId(), true, null, null, e.fromLineId(), e.toLineId(),
                e.amount().fen(), e.businessDate(), audit.proposer(), audit.reason(), audit.document(),
                Proposal.Status.PENDING));
    }

    /** An approved adjustment or transfer answers the proposal its audit names (none when migrated as approved). */
    public void approved(CommandAudit audit) {
        if (audit.proposal() != null) {
            byId.computeIfPresent(audit.proposal(), (k, p) -> p.decided(Proposal.Status.APPROVED));
        }
    }

    public void rejected(BudgetProposalRejected e) {
        byId.computeIfPresent(e.proposalId(), (k, p) -> p.decided(Proposal.Status.REJECTED));
    }
}
