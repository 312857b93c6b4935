package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 登记项目 with its 项目类别. */
public record RegisterProject(String departmentId, int year, String projectCode, String name, budgetledger.core.classification.ProjectCategory category, String implementingUnit) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
