package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 登记项目 with its 项目类别: BUSINESS, OPERATIONS, SPECIAL, or OWN with the department's own {@code categoryName} (村级补助 …). */
public record RegisterProject(String departmentId, int year, String projectCode, String name, budgetledger.core.classification.ProjectCategory category, String implementingUnit, String categoryName) implements budgetledger.core.common.LedgerCommand {

    /** In one of the shipped categories. */
    public RegisterProject(String departmentId, int year, String projectCode, String name,
                           budgetledger.core.classification.ProjectCategory category, String implementingUnit) {
        this(departmentId, year, projectCode, name, category, implementingUnit, null);
    }

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
