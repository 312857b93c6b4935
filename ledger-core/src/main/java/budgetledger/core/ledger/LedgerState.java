package budgetledger.core.ledger;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.core.performance.Target;

/** The small immutable records the aggregate keeps as its decision state (snapshotted with it). */
final class LedgerState {
    private LedgerState() {
    }

    /** A budget line: its keys, full-year budget and executed amount, in fen. available = full − executed. */
    record Line(String lineId, LineKind kind, FundNature fundNature, Vintage vintage, String functionalCode,
                String economicCode, String projectCode, long fullFen, long executedFen) {
        long availableFen() {
            return fullFen - executedFen;
        }

        Line withFull(long delta) {
            return new Line(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode,
                    Math.addExact(fullFen, delta), executedFen);
        }

        Line withExecuted(long delta) {
            return new Line(lineId, kind, fundNature, vintage, functionalCode, economicCode, projectCode,
                    fullFen, Math.addExact(executedFen, delta));
        }

        Money available() {
            return Money.ofFen(availableFen());
        }
    }

    /** A recorded expenditure, kept so a reversal can be checked and copied. */
    record Spent(budgetledger.core.expenditure.Posting posting, boolean reversed, java.time.LocalDate date) {
    }

    record Indicator(String projectCode, Target target, String weight, LedgerMeasure measure) {
    }

    /**
     * A proposed adjustment (lineId, direction) or transfer (fromLineId, toLineId), who proposed it with which reason
     * and document, and whether it is still pending.
     */
    record Proposal(String proposalId, boolean transfer, String lineId,
                    budgetledger.core.budget.AdjustmentDirection direction, String fromLineId, String toLineId,
                    long amountFen, java.time.LocalDate businessDate, String proposedBy, String reason, String document,
                    ProposalStatus status) {
        Proposal decided(ProposalStatus to) {
            return new Proposal(proposalId, transfer, lineId, direction, fromLineId, toLineId, amountFen, businessDate,
                    proposedBy, reason, document, to);
        }
    }

    enum ProposalStatus { PENDING, APPROVED, REJECTED }

    /** An idempotency key's first request (hash of its body) and the outcome it got. */
    record FirstOutcome(String bodyHash, String id, long sequence) {
    }

    static long limitOf(java.util.Map<ThreePublicCategory, Long> map, ThreePublicCategory c) {
        return map.getOrDefault(c, 0L);
    }
}
