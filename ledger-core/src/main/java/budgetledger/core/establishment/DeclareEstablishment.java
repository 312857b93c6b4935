package budgetledger.core.establishment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 申报编制与实有人数: staff by category (incl. seconded staff whose costs this department bears), retirees, vehicles. */
public record DeclareEstablishment(String departmentId, int year, java.time.LocalDate businessDate, java.util.List<StaffGroup> staff, int retired, int vehiclesAuthorized, int vehiclesActual) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
