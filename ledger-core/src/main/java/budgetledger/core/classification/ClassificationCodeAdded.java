package budgetledger.core.classification;

/** A code added to this department-year's catalogue (增补科目), with its name and source document: from here on the year accepts it, and a replay sees the catalogue the year had. */
@org.axonframework.serialization.Revision("1")
public record ClassificationCodeAdded(String departmentId, int year, CodeKind kind, String code, String name, String document) implements budgetledger.core.common.LedgerEvent {
}
