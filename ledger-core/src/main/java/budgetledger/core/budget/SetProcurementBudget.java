package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 政府采购预算 for the year (replaces an earlier figure). */
public record SetProcurementBudget(String departmentId, int year, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
