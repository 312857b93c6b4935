package budgetledger.core.yearend;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 期初结转结余: a department's first year in the ledger states the balances it brought from before (the prior year's
 * 年末结转和结余 by line), with the document they come from ({@code 2018年度部门决算}). {@code priorYearInLedger} is
 * filled by the ledger: once the prior year is recorded, its close carries the lines instead.
 */
public record DeclareOpeningBalances(String departmentId, int year, java.util.List<CarriedLine> lines, String document, boolean priorYearInLedger) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
