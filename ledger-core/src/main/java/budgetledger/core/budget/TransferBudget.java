package budgetledger.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 调剂: move budget authority between two lines of the same year. */
public record TransferBudget(String departmentId, int year, String fromLineId, String toLineId, budgetledger.core.money.Money amount, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
