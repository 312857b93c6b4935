package budgetledger.bench.reliability;

import budgetledger.bench.Bench;
import budgetledger.bench.BenchDb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the ledger's command line ({@code java -jar ledger-app.jar …}) on a database: its exit status and output. */
final class Cli {
    record Run(int exit, String output) {
        boolean showsStackTrace() {
            return output.contains("\tat ") || output.contains("Exception");
        }
    }

    private Cli() {
    }

    static Run run(Path work, String jdbcUrl, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", Bench.repoFile("ledger-app/target/ledger-app.jar").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", BenchDb.USER,
                "SPRING_DATASOURCE_PASSWORD", BenchDb.PASSWORD, "LEDGER_DATA_DIR", work.resolve("cli-data").toString(),
                "LEDGER_SEAL_KEY_FILE", work.resolve("seal.key").toString()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }
}
