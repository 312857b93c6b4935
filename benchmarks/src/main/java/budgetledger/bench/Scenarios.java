package budgetledger.bench;

import budgetledger.app.ledger.Importer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import static budgetledger.bench.Bench.OUT;

/**
 * The scenarios of issue 6, each with its same-run baseline at the ledger's own parallelism; one per child JVM, on the
 * database it is given. Each scenario is a class of its own; what they share is here.
 */
final class Scenarios {
    static final long SEED = 20_240_415L;

    private Scenarios() {
    }

    static int run(String scenario, String db, boolean quick) throws Exception {
        if (db == null) {
            throw new IllegalArgumentException("--db is required for a scenario run");
        }
        OUT.printf("== %s%s == database %s, -Xmx %d MiB, %s%n", scenario, quick ? " (quick)" : "", db,
                Runtime.getRuntime().maxMemory() >> 20, Instant.now());
        OUT.println(Cpu.describeCores());
        return switch (scenario) {
            case "record" -> RecordScenario.run(db, quick, true);
            case "record-inproc" -> RecordScenario.run(db, quick, false);
            case "import" -> ImportScenario.run(db, quick, true);
            case "load-city" -> ImportScenario.run(db, quick, false);
            case "import-xlsx" -> ImportXlsxScenario.run(db, quick);
            case "replay" -> ReplayScenario.run(db);
            case "as-of" -> AsOfScenario.run(db, quick);
            case "after-refusal" -> AfterRefusalScenario.run(db, quick);
            case "verify" -> VerifyScenario.run(db);
            case "cli" -> CliScenario.run(db, quick);
            case "import-resume" -> ImportResumeScenario.run(db, quick);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** Imports a generated file as {@code ledger-app.jar import} does (not all-or-nothing), refusals on stderr. */
    static Importer.Result importFile(LedgerApp app, Path file) throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return app.bean(Importer.class).importFile(file, "admin", false, err);
    }

    /** The generator keeps the ledger's books: a refused command is the benchmark's failure. */
    static boolean refusedNone(Importer.Result result) {
        if (result.rejected().isEmpty()) {
            return true;
        }
        OUT.println("FAILED: the generator wrote a command the ledger refused: " + result.rejected().get(0));
        return false;
    }

    static void goal(String goal, boolean met) {
        OUT.printf("goal %s: %s%n", goal, met ? "met" : "MISSED");
    }
}
