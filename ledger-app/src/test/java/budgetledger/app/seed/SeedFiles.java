package budgetledger.app.seed;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a file of the repository (datasets/…) from whichever directory the tests run in: the root or a module. */
public final class SeedFiles {
    private SeedFiles() {
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
