package budgetledger.projections.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The packages of projections depend one way: stream ← fold ← figures ← reconcile / report / trail. A cycle would
 * mean a feature cannot be read, tested or moved without the other.
 */
class PackageCyclesTest {
    static final ArchRule NO_CYCLES = slices().matching("budgetledger.projections.(*)..").should().beFreeOfCycles();

    static final JavaClasses PROJECTIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("budgetledger.projections");

    @Test
    void packagesAreFreeOfCycles() {
        assertThat(PROJECTIONS.size()).as("projections classes imported").isGreaterThan(50);
        NO_CYCLES.check(PROJECTIONS);
    }

    @Test
    void theRuleCatchesACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("budgetledger.projections.arch.cycle");
        assertThat(cyclic.size()).isEqualTo(2);
        assertThatThrownBy(() -> slices().matching("budgetledger.projections.arch.cycle.(*)..").should().beFreeOfCycles()
                .check(cyclic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}
