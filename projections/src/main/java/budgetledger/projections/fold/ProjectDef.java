package budgetledger.projections.fold;

import budgetledger.core.classification.ProjectCategory;

/**
 * A registered project; {@code sequence} orders projects as they were registered (JSONB keeps no key order);
 * {@code categoryName} the department's own category's name (category OWN), else null.
 */
public record ProjectDef(String code, String name, ProjectCategory category, String implementingUnit, long sequence,
                         String categoryName) {
}
