package budgetledger.projections.figures;

import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.testing.SeedShapedDepartment;
import budgetledger.projections.testing.SeedShapedDepartment.Project2023;

import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.classification.ProjectCategory.SPECIAL;

/**
 * A compact department with the seed's totals (1860.75 budget, 1796.78 spent, 三公 14.26 of 22.00, 64 of 70
 * staff) but far fewer lines and indicators than the seed dataset: enough to check every rule against the
 * seed's own arithmetic.
 */
final class SmallDepartment {
    private SmallDepartment() {
    }

    static LedgerFixture year2024() {
        return SeedShapedDepartment.indicators(
                SeedShapedDepartment.year2024("122000.00", "20600.00", "2167800.00"), "1141册");
    }

    /** 2023, the prior year: only what the seed compares 2024 with. */
    static LedgerFixture year2023() {
        return SeedShapedDepartment.year2023(
                new Project2023("q1", "业务工作开展专项经费", BUSINESS, "30299", "7095000.00"),
                new Project2023("q2", "非公有制经济组织和社会组织党建工作经费", SPECIAL, "30299", "1293200.00"));
    }
}
