package budgetledger.core.ledger;

import budgetledger.core.common.LedgerEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerBooksTest {

    /** A new event type with no state change would be refused on load; every one must be named, even as "none". */
    @Test
    void everyLedgerEventHasItsStateChange() {
        Set<Class<?>> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("budgetledger.core").stream()
                .filter(c -> c.isAssignableTo(LedgerEvent.class) && !c.isInterface())
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
        assertThat(events).hasSizeGreaterThan(15);
        assertThat(LedgerBooks.eventTypes()).containsExactlyInAnyOrderElementsOf(events);
    }
}
