package budgetledger.core.department;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 登记预算单位. */
public record RegisterDepartment(@TargetAggregateIdentifier String departmentId, String name) {
}
