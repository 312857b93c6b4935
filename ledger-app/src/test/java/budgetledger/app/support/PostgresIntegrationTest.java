package budgetledger.app.support;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on the real PostgreSQL, in a database of this test class's
 * own (created before the context starts, dropped after). Subclasses use {@link #dbUrl} for direct SQL. Security is
 * on: {@code new Api(port)} and the {@code TestRestTemplate} act as {@link TestUsers#OPERATOR}, {@code api.as(...)}
 * as anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.Registration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresIntegrationTest {
    protected static String dbUrl;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        dbUrl = TestDatabase.create("ledger_it");
        registry.add("spring.datasource.url", () -> dbUrl);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
    }

    @AfterAll
    static void dropDatabase() {
        // the context is closed by @DirtiesContext after the class; FORCE ends its remaining connections
        TestDatabase.drop(dbUrl);
    }
}
