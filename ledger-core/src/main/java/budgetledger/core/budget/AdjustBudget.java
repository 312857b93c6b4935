package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 追加 (SUPPLEMENT) or 追减 (REDUCTION) a line's full-year budget. */
public record AdjustBudget(String departmentId, int year, String lineId, AdjustmentDirection direction, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
