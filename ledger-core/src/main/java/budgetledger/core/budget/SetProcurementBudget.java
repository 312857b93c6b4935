package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 政府采购预算 for the year (replaces an earlier figure). */
public record SetProcurementBudget(String departmentId, int year, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    public String ledgerId() {
        return budgetledger.core.ledger.LedgerId.of(departmentId, year);
    }
}
