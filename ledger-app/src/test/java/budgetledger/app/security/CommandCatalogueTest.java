package budgetledger.app.security;

import budgetledger.core.ledger.Commands;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue itself: complete, routes unambiguous, and every field it names is a field of its command. */
class CommandCatalogueTest {

    @Test
    void everyCommandIsCataloguedOnceUnderItsRecordName() {
        assertThat(CommandCatalogue.all()).extracting(CommandCatalogue.Entry::name)
                .containsExactlyElementsOf(Commands.all().keySet());
        CommandCatalogue.all().forEach(e -> assertThat(e.type().getSimpleName()).isEqualTo(e.name()));
    }

    @Test
    void routesAreUniqueAndOnlyTheAdministratorsImportsHaveNone() {
        List<String> paths = CommandCatalogue.routed().stream().map(e -> e.route().orElseThrow().path()).toList();
        assertThat(new HashSet<>(paths)).hasSameSizeAs(paths);
        assertThat(CommandCatalogue.all()).filteredOn(e -> e.route().isEmpty())
                .extracting(CommandCatalogue.Entry::name)
                .containsExactlyInAnyOrder("AdjustBudget", "TransferBudget");
        assertThat(CommandCatalogue.yearCommand("expenditures")).map(CommandCatalogue.Entry::name).contains("RecordExpenditure");
        assertThat(CommandCatalogue.itemCommand("proposals", "approve")).map(CommandCatalogue.Entry::name)
                .contains("ApproveBudgetProposal");
        assertThat(CommandCatalogue.itemCommand("proposals", "nope")).isEmpty();
        assertThat(CommandCatalogue.yearCommand("adjust-budget")).isEmpty();
    }

    @Test
    void everyFieldTheCatalogueNamesIsAFieldOfItsCommand() {
        for (CommandCatalogue.Entry e : CommandCatalogue.all()) {
            Set<String> fields = Arrays.stream(e.type().getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toSet());
            assertThat(fields).as(e.name()).containsAll(e.optional()).containsAll(e.serverFilled());
            e.route().ifPresent(r -> assertThat(fields).as(e.name()).containsAll(r.pathFields()));
        }
    }

    @Test
    void onlyRegisteringADepartmentIsGlobalAndEveryRoutedCommandHasSenders() {
        assertThat(CommandCatalogue.all()).filteredOn(CommandCatalogue.Entry::global)
                .extracting(CommandCatalogue.Entry::name).containsExactly("RegisterDepartment");
        CommandCatalogue.routed().forEach(e -> assertThat(e.roles()).as(e.name()).isNotEmpty());
        assertThat(CommandCatalogue.named("RecordExpenditure").orElseThrow().roles()).containsExactly(Role.RECORDER);
    }
}
