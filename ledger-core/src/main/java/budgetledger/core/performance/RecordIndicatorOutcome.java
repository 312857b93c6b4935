package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 记录实际完成值. Quantitative: {@code actual} like 1141册 (empty for a bound indicator). Qualitative: {@code achievement} and the evaluator's {@code score}. */
public record RecordIndicatorOutcome(String departmentId, int year, String indicatorId, String actual, Achievement achievement, String score, String deviationReason, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
