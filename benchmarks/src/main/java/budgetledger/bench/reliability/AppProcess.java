package budgetledger.bench.reliability;

import budgetledger.bench.Bench;
import budgetledger.bench.BenchDb;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One instance of the real ledger: {@code java -jar ledger-app/target/ledger-app.jar} in a process of its own, on a
 * database given by its JDBC URL, on a free port, with its default (small) connection pool. {@link #kill9()} is a
 * {@code kill -9}: no shutdown hook, no flush, no goodbye to the token store.
 */
final class AppProcess implements AutoCloseable {
    final String name;
    final String jdbcUrl;
    final Path work;
    private int port;
    private Process process;

    AppProcess(String name, String jdbcUrl, Path work) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.work = work;
    }

    /** Starts the instance (again, after a kill, on a new port) and waits until it answers its health check. */
    AppProcess start() throws IOException, InterruptedException {
        port = freePort();
        Path log = work.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small and quick to start: two cores are shared by the suite, PostgreSQL and every instance
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-jar", Bench.repoFile("ledger-app/target/ledger-app.jar").toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = pb.environment();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", BenchDb.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", BenchDb.PASSWORD);
        env.put("PORT", String.valueOf(port));
        env.put("LEDGER_NODE_ID", name);
        env.put("LEDGER_DATA_DIR", work.resolve(name + "-data").toString());
        env.put("LEDGER_SEAL_KEY_FILE", work.resolve("seal.key").toString()); // one key, shared as a mounted secret
        env.remove("LEDGER_DB_POOL"); // the default pool: what the suite proves is what an operator runs
        process = pb.start();
        awaitUp(300); // two busy shared cores have taken two minutes to start it
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private void awaitUp(int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting (exit " + process.exitValue() + "): " + tail());
            }
            try {
                if (Http.get(base(), "/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not answer its health check within " + seconds + " s: " + tail());
    }

    /** {@code kill -9}: the process ends at once, mid-request, mid-transaction. */
    void kill9() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
        process.waitFor();
    }

    /** The last lines of the instance's log (for a failure message). */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(work.resolve(name + ".log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Lines of the log that hold a Java stack trace frame or an ERROR: counted, never shown to a client. */
    long logErrors() throws IOException {
        Path log = work.resolve(name + ".log");
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(" ERROR ")).count();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy(); // SIGTERM: a normal stop
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
