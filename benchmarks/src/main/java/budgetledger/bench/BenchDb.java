package budgetledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The configured PostgreSQL ({@code SPRING_DATASOURCE_URL}, default the local test server) and the fresh databases
 * each run works in: {@code bench_<random>}, created by the launching process and dropped when it ends.
 */
public final class BenchDb {
    static final String ADMIN_URL = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
    public static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");

    /** Created by this process and not dropped yet: a shutdown hook drops them if the run is interrupted. */
    private static final java.util.Set<String> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> java.util.List.copyOf(LIVE).forEach(BenchDb::drop)));
    }

    private BenchDb() {
    }

    public static String create() {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            LIVE.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + ADMIN_URL
                    + " (SPRING_DATASOURCE_URL) — is PostgreSQL running?", e);
        }
        return name;
    }

    public static void drop(String name) {
        if (name == null) {
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            LIVE.remove(name);
        } catch (SQLException e) {
            System.err.println("warning: could not drop database " + name + ": " + e.getMessage());
        }
    }

    /** The JDBC URL of database {@code name} on the configured server (its query parameters kept). */
    public static String url(String name) {
        int q = ADMIN_URL.indexOf('?');
        String base = q < 0 ? ADMIN_URL : ADMIN_URL.substring(0, q);
        String query = q < 0 ? "" : ADMIN_URL.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + query;
    }

    /** Plain JDBC for the baselines, with the same batch rewriting the ledger's pool uses. */
    static Connection connect(String name) throws SQLException {
        String url = url(name);
        url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
