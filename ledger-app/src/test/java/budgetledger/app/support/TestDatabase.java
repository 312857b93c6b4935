package budgetledger.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the real PostgreSQL for one test class, so runs never see each other's data.
 * The server is {@code LEDGER_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user postgres).
 */
public final class TestDatabase {
    public static final String ADMIN_URL = System.getenv().getOrDefault("LEDGER_TEST_DB_URL",
            System.getProperty("ledger.test.db.url", "jdbc:postgresql://127.0.0.1:5432/test"));
    public static final String USER = System.getenv().getOrDefault("LEDGER_TEST_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("LEDGER_TEST_DB_PASSWORD", "");

    private TestDatabase() {
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public static String create(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + ADMIN_URL
                    + " — is PostgreSQL running? (.ci/run starts it)", e);
        }
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    public static void drop(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // a leftover test database is harmless; the next run uses a new name
        }
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }
}
