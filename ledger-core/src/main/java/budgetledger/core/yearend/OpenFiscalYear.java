package budgetledger.core.yearend;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 开账: opens a department's fiscal year, optionally with the lines carried over from the prior year's close (上年结转). */
public record OpenFiscalYear(String departmentId, String departmentName, int year, java.util.List<CarriedLine> carriedLines, String hashAlgorithm) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
