package budgetledger.core.yearend;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 年终结账: every line's unspent authority is carried over (listed lines) or lapses (收回, all others). */
public record CloseFiscalYear(String departmentId, int year, java.time.LocalDate closingDate, java.util.List<String> carryOverLineIds) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
