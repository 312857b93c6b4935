package budgetledger.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain knows nothing of Spring, JDBC or JPA (conventions §1): ledger-core ← projections ← ledger-app.
 * Axon's Spring stereotypes ({@code @Aggregate}) are Spring too; the app registers the aggregates.
 */
class NoSpringNorJdbcInCoreTest {
    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAPackage("budgetledger.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..", "javax.persistence..",
                    "org.axonframework.spring..")
            .because("the domain core is pure: storage and wiring belong to projections and ledger-app");

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("budgetledger.core");

    @Test
    void coreDependsOnNoSpringNorJdbcNorJpa() {
        assertThat(CORE.size()).as("core classes imported").isGreaterThan(50);
        CORE_IS_FRAMEWORK_FREE.check(CORE);
    }

    /** A class that breaks the rule, to prove the rule can fail. */
    static final class UsesJdbc {
        java.sql.Connection connection;
    }

    @Test
    void theRuleCatchesAJdbcDependency() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesJdbc.class);
        assertThatThrownBy(() -> CORE_IS_FRAMEWORK_FREE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection");
    }
}
