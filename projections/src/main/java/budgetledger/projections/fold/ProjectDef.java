package budgetledger.projections.fold;

import budgetledger.core.classification.ProjectCategory;

/** A registered project; {@code sequence} orders projects as they were registered (JSONB keeps no key order). */
public record ProjectDef(String code, String name, ProjectCategory category, String implementingUnit, long sequence) {
}
