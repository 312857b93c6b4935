package budgetledger.app.cli;

import budgetledger.app.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CLI command's connections are its own, not the server's pool: a few (one per import lane plus two, at most
 * eight), or LEDGER_CLI_DB_POOL — whatever the server's pool is set to — so CLI runs beside a server do not fill
 * PostgreSQL's connections.
 */
class CliPoolTest {
    private static String dbUrl;
    private final Map<String, String> properties = new java.util.HashMap<>();

    @BeforeAll
    static void database() {
        dbUrl = TestDatabase.create("ledger_clipool");
    }

    @AfterAll
    static void drop() {
        TestDatabase.drop(dbUrl);
    }

    @AfterEach
    void clear() {
        properties.keySet().forEach(System::clearProperty);
    }

    private record Pool(int maximum, int minimumIdle) {
    }

    private Pool poolOf(Map<String, String> extra) {
        properties.putAll(Map.of("spring.datasource.url", dbUrl, "spring.datasource.username", TestDatabase.USER,
                "spring.datasource.password", TestDatabase.PASSWORD,
                "spring.datasource.hikari.maximum-pool-size", "32", "ledger.import.workers", "2"));
        properties.putAll(extra);
        properties.forEach(System::setProperty);
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            HikariDataSource pool = ctx.getBean(HikariDataSource.class);
            return new Pool(pool.getMaximumPoolSize(), pool.getMinimumIdle());
        }
    }

    @Test
    void byDefaultOneConnectionPerImportLanePlusTwo() {
        Pool pool = poolOf(Map.of());
        assertThat(pool.maximum()).as("2 lanes + 2, not the server's 32").isEqualTo(4);
        assertThat(pool.minimumIdle()).isEqualTo(1);
    }

    @Test
    void ledgerCliDbPoolSetsIt() {
        assertThat(poolOf(Map.of("ledger.cli.db-pool", "3")).maximum()).isEqualTo(3);
    }
}
