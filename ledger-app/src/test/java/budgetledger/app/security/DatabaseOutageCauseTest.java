package budgetledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are the database out of reach (503 DATABASE_UNAVAILABLE) rather than a fault of the ledger (500).
 * The reliability suite's outage scenario found the case below answered 500: PostgreSQL crashed during a command's
 * commit, and the rollback after it failed too.
 */
class DatabaseOutageCauseTest {
    @Test
    void aCommitCutOffByTheOutageThenAFailedRollbackIsTheOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("JDBC commit",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseOutage.isCause(rollbackFailed)).isTrue();
    }

    @Test
    void aFailedRollbackAfterAnOrdinaryFailureIsNot() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseOutage.isCause(rollbackFailed)).isFalse();
        assertThat(DatabaseOutage.isCause(new TransactionSystemException("no cause at all"))).isFalse();
    }
}
