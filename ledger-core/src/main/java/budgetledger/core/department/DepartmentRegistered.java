package budgetledger.core.department;

/** A budget unit (预算单位) exists in the ledger. */
@org.axonframework.serialization.Revision("1")
public record DepartmentRegistered(String departmentId, String name) {
}
