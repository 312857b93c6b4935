package budgetledger.core.threepublic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 三公经费预算控制数 for the year, per category (replaces earlier limits). */
public record SetThreePublicLimits(String departmentId, int year, budgetledger.core.money.Money abroad, budgetledger.core.money.Money vehiclePurchase, budgetledger.core.money.Money vehicleOperation, budgetledger.core.money.Money reception, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
