package budgetledger.core.yearend;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 上年比较数: prior-year figures a report compares with (上年支出 by kind, 上年三公 by category, 上年收入 …) by figure name, stated from a document when the prior year is not in the ledger; a later statement of a name replaces the earlier one. */
public record DeclarePriorYearFigures(String departmentId, int year, java.util.Map<String, budgetledger.core.money.Money> figures, String document) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
