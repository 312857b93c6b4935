package budgetledger.core.classification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 增补科目: an administrator adds a code the shipped catalogue lacks to this department-year's catalogue, with its name and the document it comes from. */
public record AddClassificationCode(String departmentId, int year, CodeKind kind, String code, String name, String document) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
