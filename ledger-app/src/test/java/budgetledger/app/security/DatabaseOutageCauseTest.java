package budgetledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

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
}
