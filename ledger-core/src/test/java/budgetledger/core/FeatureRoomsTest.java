package budgetledger.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules live in their feature's room: the feature packages (budget, expenditure, threepublic, performance,
 * establishment, yearend …) decide, the aggregate's package only dispatches to them, and dependencies run one way.
 */
class FeatureRoomsTest {
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("budgetledger.core");

    @Test
    void corePackagesAreFreeOfCycles() {
        assertThat(CORE.stream().map(c -> c.getPackageName()).distinct().count()).as("packages imported")
                .isGreaterThan(8);
        slices().matching("budgetledger.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void noFeatureDependsOnTheAggregatesPackage() {
        noClasses().that().resideOutsideOfPackage("budgetledger.core.ledger..")
                .should().dependOnClassesThat().resideInAPackage("budgetledger.core.ledger..")
                .check(CORE);
    }
}
