package budgetledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The real {@code ledger-app.jar} as {@code import-resume} runs it: a process of its own per command, watched from
 * outside with plain JDBC on the tables the import keeps its progress in ({@code import_run}, {@code import_line}).
 */
final class ResumeCli {
    private static final String APPLIED = "SELECT coalesce(sum(cardinality(lines)), 0) FROM import_line WHERE code IS NULL";
    private final Path work;
    private final String admin;

    ResumeCli(Path work, String admin) {
        this.work = work;
        this.admin = admin;
    }

    /** {@code user add --admin}: the administrator the import runs as (and Flyway's migration of the database). */
    void addAdmin(String db) throws IOException, InterruptedException {
        Path password = work.resolve("admin-password");
        Files.writeString(password, "bench-resume-" + System.nanoTime() + "\n");
        Process p = start(db, "user-add", "user", "add", "--admin", "--username", admin, "--password-file",
                password.toString());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("user add failed: " + log("user-add"));
        }
    }

    /**
     * Starts the import and sends it {@code kill -9} as soon as at least {@code threshold} lines are marked applied;
     * returns how many lines were marked applied once it is dead (committed marks only: the rest died with it).
     */
    long importKilledAt(String db, Path file, long threshold) throws Exception {
        try (Connection c = BenchDb.connect(db)) {
            Process p = start(db, "killed", "import", file.toString(), "--as", admin);
            while (count(c, APPLIED) < threshold) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the import ended (exit " + p.exitValue() + ") before "
                            + threshold + " lines were applied: " + log("killed"));
                }
                Thread.sleep(10);
            }
            new ProcessBuilder("kill", "-9", String.valueOf(p.pid())).inheritIO().start().waitFor();
            p.waitFor();
            return count(c, APPLIED);
        }
    }

    /**
     * Runs the import to its end: whole-process seconds, the seconds until its {@code import_run} row appeared, and
     * until the last of its lines was marked (applied or refused): after that only the process's close remains.
     */
    ImportResumeScenario.Timed importTimed(String db, Path file) throws Exception {
        try (Connection c = BenchDb.connect(db)) {
            String runs = "SELECT count(*) FROM import_run";
            String marked = "SELECT coalesce(sum(cardinality(lines)), 0) FROM import_line "
                    + "WHERE run_id = (SELECT max(run_id) FROM import_run)";
            long before = count(c, runs);
            long start = System.nanoTime();
            Process p = start(db, "timed", "import", file.toString(), "--as", admin);
            double startup = -1;
            double lastMark = -1;
            long marks = 0;
            while (p.isAlive()) {
                double now = (System.nanoTime() - start) / 1e9;
                if (startup < 0 && count(c, runs) > before) {
                    startup = now;
                    lastMark = now;
                }
                if (startup >= 0) {
                    long m = count(c, marked);
                    if (m > marks) {
                        marks = m;
                        lastMark = (System.nanoTime() - start) / 1e9;
                    }
                }
                Thread.sleep(10);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            int code = p.waitFor();
            String out = log("timed");
            if (code != 0 || startup < 0) {
                throw new IllegalStateException("the import failed (exit " + code + "): " + out);
            }
            return ImportResumeScenario.parse(out, wall, startup, lastMark);
        }
    }

    private Process start(String db, String logName, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", Bench.repoFile("ledger-app/target/ledger-app.jar").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(logName + ".log").toFile());
        pb.environment().put("SPRING_DATASOURCE_URL", BenchDb.url(db));
        pb.environment().put("SPRING_DATASOURCE_USERNAME", BenchDb.USER);
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", BenchDb.PASSWORD);
        pb.environment().put("LEDGER_DATA_DIR", work.resolve("data").toString());
        pb.environment().put("LEDGER_SEAL_KEY_FILE", work.resolve("seal.key").toString());
        return pb.start();
    }

    private String log(String logName) throws IOException {
        String text = Files.readString(work.resolve(logName + ".log"), StandardCharsets.UTF_8);
        return text.length() <= 2_000 ? text : text.substring(text.length() - 2_000);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
