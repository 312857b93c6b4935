package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 自评报告的文字部分 (问题、改进措施、结果应用、变动原因说明 …), keyed by section. */
public record RecordEvaluationText(String departmentId, int year, String section, String text) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
