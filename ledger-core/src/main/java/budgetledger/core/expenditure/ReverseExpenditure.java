package budgetledger.core.expenditure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 冲销 (红字冲正): the only way to correct a recorded expenditure. */
public record ReverseExpenditure(String departmentId, int year, String expenditureId, String reason, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
