package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 撤回登记: an indicator defined by mistake, withdrawn with a reason — refused once an outcome is recorded for it. */
public record WithdrawIndicator(String departmentId, int year, String indicatorId, String reason) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
