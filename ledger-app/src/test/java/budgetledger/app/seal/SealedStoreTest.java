package budgetledger.app.seal;

import budgetledger.app.audit.AuditService;
import budgetledger.app.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the seal tests (and the seal CLI's): the whole application, its sealing key in a folder of this test class's
 * own.
 */
public abstract class SealedStoreTest extends PostgresIntegrationTest {
    protected static final String KEY_FILE = "test-seal.key";
    protected static Path keyDir;

    @LocalServerPort
    protected int port;
    @Autowired
    protected AuditService audit;
    @Autowired
    protected SealAudit seals;
    @Autowired
    protected SealsFile files;

    @DynamicPropertySource
    static void sealKey(DynamicPropertyRegistry registry) throws Exception {
        keyDir = Files.createTempDirectory("seal-test");
        registry.add("ledger.seal.key-file", () -> keyDir.resolve(KEY_FILE).toString());
    }
}
