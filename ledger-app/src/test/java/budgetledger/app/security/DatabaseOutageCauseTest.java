package budgetledger.app.security;

import budgetledger.app.support.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are the database out of reach (503 DATABASE_UNAVAILABLE) rather than a fault of the ledger (500).
 * The reliability suite's outage scenario found the case below answered 500: PostgreSQL crashed during a command's
 * commit, and the rollback after it failed on the closed connection (the commit's own I/O error only logged).
 */
class DatabaseOutageCauseTest {
    @Test
    void aRollbackThatFailsOnTheClosedConnectionIsTheOutage() {
        assertThat(DatabaseOutage.isCause(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aStatementThatMeetsTheClosedConnectionIsTheOutage() {
        assertThat(DatabaseOutage.isCause(new org.axonframework.common.jdbc.JdbcException(
                "Failed to create a SQL statement", new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aTransactionFailureTheDatabaseExplainedIsNot() {
        assertThat(DatabaseOutage.isCause(new TransactionSystemException("JDBC commit failed",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new TransactionSystemException("no cause at all"))).isFalse();
    }

    /** A real pool on the real server, every connection held: its timeout is "busy", not "unavailable". */
    @Test
    void aPoolTimeoutWithTheDatabaseUpIsBusy() throws Exception {
        try (HikariDataSource pool = pool(TestDatabase.ADMIN_URL); Connection held = pool.getConnection()) {
            SQLException timeout = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class,
                    pool::getConnection);
            assertThat(held.isValid(1)).isTrue();
            assertThat(DatabaseOutage.isCause(timeout)).isTrue();
            assertThat(DatabaseOutage.isBusy(timeout)).as("timeout %s", timeout).isTrue();
        }
    }

    /** A real pool whose database refuses connections: the same timeout, now carrying why, is the outage. */
    @Test
    void aPoolTimeoutWithTheDatabaseDownIsNotBusy() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/test")) {
            SQLException timeout = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class,
                    pool::getConnection);
            assertThat(DatabaseOutage.isCause(timeout)).isTrue();
            assertThat(DatabaseOutage.isBusy(timeout)).as("timeout %s", timeout).isFalse();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(TestDatabase.USER);
        config.setPassword(TestDatabase.PASSWORD);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(500);
        // started lazily: a pool whose database is down must still be built, as the ledger's is at an outage
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
