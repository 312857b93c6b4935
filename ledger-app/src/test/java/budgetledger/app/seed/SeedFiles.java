package budgetledger.app.seed;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a file of the repository (datasets/…) from whichever directory the tests run in: the root or a module. */
public final class SeedFiles {
    private SeedFiles() {
    }

    /**
     * Imports an example file as an administrator's migration and requires what the README promises of every file in
     * datasets/: no line refused, every line applied.
     */
    public static void importEveryLine(budgetledger.app.ledger.Importer importer, Path dataset) throws java.io.IOException {
        java.io.StringWriter err = new java.io.StringWriter();
        budgetledger.app.ledger.Importer.Result result = importer.importFile(dataset, "admin", false,
                new java.io.PrintWriter(err));
        org.assertj.core.api.Assertions.assertThat(result.rejected()).as(err.toString()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(result.applied())
                .isEqualTo(Files.readAllLines(dataset).stream().filter(l -> !l.isBlank()).count());
    }

    public static Path find(String relativeToRepositoryRoot) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("ledger-core"))) {
                Path p = dir.resolve(relativeToRepositoryRoot).normalize();
                if (Files.exists(p)) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("cannot find " + relativeToRepositoryRoot + " from " + Path.of("").toAbsolutePath());
    }
}
