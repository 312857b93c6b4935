package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 提交自评: the score and grade as computed, and the position in history they were computed at. */
public record SubmitSelfEvaluation(String departmentId, int year, String scoreTotal, String grade, java.time.Instant figuresAsOf, long lastSequence, String figuresHash) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
