package budgetledger.app.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages of ledger-app depend on each other one way only: security below ledger, ledger below figures,
 * and so on up to the CLI and the web layer. A cycle would make two features one in all but name.
 */
class PackageCyclesTest {

    @Test
    void theAppsFeaturePackagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("budgetledger.app");
        // a rule over an empty package would pass vacuously
        assertThat(classes.stream().map(c -> c.getPackageName()).distinct().count()).isGreaterThan(8);
        slices().matching("budgetledger.app.(*)..").should().beFreeOfCycles().check(classes);
    }
}
