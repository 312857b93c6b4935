package budgetledger.bench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the suite's own, to be stopped and started at will: {@code initdb} into a temporary folder
 * with the installed binaries ({@code /usr/lib/postgresql/<newest>/bin}), on a free port, listening on 127.0.0.1 and a
 * socket in its own folder. The shared server (5432) is never touched. Run as root, the cluster belongs to the
 * {@code postgres} user (PostgreSQL refuses to run as root).
 */
final class ThrowawayCluster implements AutoCloseable {
    final Path dir;
    final int port;
    private final Path bin;
    private final boolean asPostgres;

    private ThrowawayCluster(Path dir, int port, Path bin, boolean asPostgres) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
        this.asPostgres = asPostgres;
    }

    static ThrowawayCluster create() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("ledger-reliability-pg-");
        boolean root = "root".equals(System.getProperty("user.name"));
        ThrowawayCluster c = new ThrowawayCluster(dir, AppProcess.freePort(), bin, root);
        if (root) {
            c.exec(List.of("chown", "postgres", dir.toString()), false);
        }
        c.exec(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"), true);
        c.start();
        try (Connection conn = DriverManager.getConnection(c.url("postgres"), "postgres", "");
             Statement s = conn.createStatement()) {
            s.execute("CREATE DATABASE ledger");
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot create the database on the throwaway cluster", e);
        }
        return c;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=40", "start"), true);
    }

    /** Stops the server at once, as a crash or a cut cable does: no checkpoint, clients cut off mid-transaction. */
    void crash() throws IOException, InterruptedException {
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                "stop"), true);
    }

    @Override
    public void close() {
        try {
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "stop"), true);
        } catch (Exception alreadyStopped) {
            // stopped by the scenario
        }
        Reliability.deleteQuietly(dir);
    }

    private void exec(List<String> command, boolean postgresUser) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (postgresUser && asPostgres) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** The newest installed PostgreSQL's binaries. */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IOException("no PostgreSQL binaries under /usr/lib/postgresql"));
        }
    }
}
