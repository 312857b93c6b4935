package budgetledger.core.budget;

import java.time.LocalDate;

/**
 * A proposed adjustment (lineId, direction) or transfer (fromLineId, toLineId), who proposed it with which reason
 * and document, and whether it is still pending.
 */
record Proposal(String proposalId, boolean transfer, String lineId, AdjustmentDirection direction, String fromLineId,
                String toLineId, long amountFen, LocalDate businessDate, String proposedBy, String reason,
                String document, Status status) {

    enum Status { PENDING, APPROVED, REJECTED }

    Proposal decided(Status to) {
        return new Proposal(proposalId, transfer, lineId, direction, fromLineId, toLineId, amountFen, businessDate,
                proposedBy, reason, document, to);
    }
}
