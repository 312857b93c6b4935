package budgetledger.app.config;

import budgetledger.app.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the server on its embedded default (SIGTERM, as a service manager or Ctrl-C does) is quiet: the database
 * stays up until the application has stopped its processors and pool, so the log has no "Failed to validate
 * connection" warnings and no timed-out shutdown phase (issue 15), and the database is stopped at the end.
 */
class CleanShutdownTest {

    @Test
    void sigtermStopsTheServerAndItsDatabaseWithoutWarnings(@TempDir Path dataDir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                LedgerApplication.class.getName(), "--server.port=0", "--ledger.data-dir=" + dataDir,
                "--spring.datasource.url=", "--spring.datasource.hikari.maximum-pool-size=4"))
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.append(line).append('\n');
                if (line.contains("Started LedgerApplication")) {
                    break;
                }
            }
            assertThat(log).as("the server started").contains("Started LedgerApplication");
            server.toHandle().destroy(); // SIGTERM, keeping our end of its output open to read the shutdown
            while ((line = out.readLine()) != null) {
                log.append(line).append('\n');
            }
        } finally {
            assertThat(server.waitFor(90, TimeUnit.SECONDS)).as("the server stopped").isTrue();
        }
        assertThat(log.toString()).doesNotContain("Failed to validate connection", "Timed out during shutdown phase",
                "marked as broken");
        assertThat(dataDir.resolve("pg/postmaster.pid")).as("its PostgreSQL stopped too").doesNotExist();
    }
}
