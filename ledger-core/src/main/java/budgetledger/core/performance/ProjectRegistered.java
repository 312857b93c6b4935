package budgetledger.core.performance;

/** A project (项目) of this department-year; {@code categoryName} is the department's own category's name (category OWN), absent otherwise and in every event recorded before OWN existed. */
@org.axonframework.serialization.Revision("1")
public record ProjectRegistered(String departmentId, int year, String projectCode, String name, budgetledger.core.classification.ProjectCategory category, String implementingUnit, String categoryName) implements budgetledger.core.common.LedgerEvent {

    /** In one of the shipped categories. */
    public ProjectRegistered(String departmentId, int year, String projectCode, String name,
                             budgetledger.core.classification.ProjectCategory category, String implementingUnit) {
        this(departmentId, year, projectCode, name, category, implementingUnit, null);
    }
}
