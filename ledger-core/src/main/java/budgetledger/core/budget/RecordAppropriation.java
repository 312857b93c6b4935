package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 下达预算指标: a new budget line with its amount (zero or more: 年初 0.00 is a line to be supplemented). {@code initial}: part of 年初预算 (else a line added during the year). */
public record RecordAppropriation(String departmentId, int year, String lineId, budgetledger.core.classification.LineKind kind, budgetledger.core.classification.FundNature fundNature, budgetledger.core.classification.Vintage vintage, String functionalCode, String economicCode, String projectCode, budgetledger.core.money.Money amount, boolean initial, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
