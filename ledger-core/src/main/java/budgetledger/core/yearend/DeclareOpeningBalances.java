package budgetledger.core.yearend;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 期初结转结余: a department's first ledger year states the balances its prior year left, by line, with the document they come from; {@code priorYearInLedger} is filled by the ledger (once the prior year is recorded, its close carries them). */
public record DeclareOpeningBalances(String departmentId, int year, java.util.List<CarriedLine> lines, String document, boolean priorYearInLedger) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
