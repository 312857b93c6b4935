package budgetledger.app.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module table of the design, checked on the compiled classes of all three modules as the application ships
 * them: ledger-core knows nothing of the folds or the app; projections knows nothing of the app, nor of Spring.
 */
class ModuleDependenciesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("budgetledger");
    }

    @Test
    void allThreeModulesAreOnTheClasspath() {
        // a rule over an empty package would pass vacuously
        for (String module : new String[]{"budgetledger.core.", "budgetledger.projections.", "budgetledger.app."}) {
            assertThat(classes.stream().filter(c -> c.getName().startsWith(module)).count()).as(module).isGreaterThan(10);
        }
    }

    @Test
    void coreDependsOnNeitherProjectionsNorTheApp() {
        noClasses().that().resideInAPackage("budgetledger.core..")
                .should().dependOnClassesThat().resideInAnyPackage("budgetledger.projections..", "budgetledger.app..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoSpringAndNoJdbc() {
        noClasses().that().resideInAPackage("budgetledger.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void projectionsDependOnNeitherTheAppNorSpring() {
        noClasses().that().resideInAPackage("budgetledger.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("budgetledger.app..", "org.springframework..")
                .check(classes);
    }
}
