package budgetledger.core.performance;

/** A project (项目) of this department-year. */
@org.axonframework.serialization.Revision("1")
public record ProjectRegistered(String departmentId, int year, String projectCode, String name, budgetledger.core.classification.ProjectCategory category, String implementingUnit) implements budgetledger.core.common.LedgerEvent {
}
