package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 收入: funds received by nature; {@code source} RECOVERED_PRIOR_YEARS is 收回以前年度资金. */
public record ReceiveFunds(String departmentId, int year, String receiptId, budgetledger.core.classification.FundNature fundNature, FundSource source, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
