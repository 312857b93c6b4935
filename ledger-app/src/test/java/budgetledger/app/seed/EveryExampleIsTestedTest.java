package budgetledger.app.seed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import file a new user may learn from (datasets/examples/) has a test that imports it with no line refused
 * and checks the figures its report prints: a file added without one fails here, so an example cannot rot unnoticed.
 */
class EveryExampleIsTestedTest {
    /** Each example's test, by the file it imports. */
    private static final List<Path> TESTED = List.of(FirstYearExampleTest.DATASET, LegacyFrameworkExampleTest.DATASET,
            ProvincialProjectExampleTest.DATASET, ZeroStartExampleTest.DATASET);

    @Test
    void everyFileInTheExamplesFolderHasItsOwnTest() throws IOException {
        Path folder = SeedFiles.find("datasets/examples");
        Set<String> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.equalsIgnoreCase("README.md"))
                    .collect(Collectors.toSet());
        }
        Set<String> tested = TESTED.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertThat(files).as("examples in %s", folder).isNotEmpty().isEqualTo(tested);
    }
}
