package budgetledger.app.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Department registrations form one hash chain, the registry (登记链; core {@code department.RegistryLink}): each links
 * to the registration before it. Registrations are rare, so they are simply taken one at a time — across every
 * instance on the database — by a transaction-scoped PostgreSQL advisory lock held from reading the registry's head
 * to storing the new registration, so two at once can never link to the same predecessor (a fork).
 */
@Component
public class Registrations {
    /** The advisory lock's key: any constant no other part of the ledger locks on. */
    private static final long REGISTRY_LOCK = 0x4C45444745525245L;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public Registrations(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code send} with {@code meta} given the registry head's hash as the new registration's predecessor. */
    public <T> T register(Map<String, String> meta, Supplier<T> send) {
        return transactions.execute(tx -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> {
            }, REGISTRY_LOCK);
            meta.put(AuditKeys.PREV_HASH, head());
            return send.get();
        });
    }

    /** The hash of the last chained registration; the genesis hash if none is chained yet (a new or an older store). */
    private String head() {
        // "+ 0": ordered through the (type, aggregateidentifier) index and a sort of the few registrations, never by
        // walking the primary key back from the newest event past every department-year event
        List<byte[]> last = jdbc.query("SELECT metadata FROM domainevententry WHERE type = 'Department' "
                + "ORDER BY globalindex + 0 DESC LIMIT 1", (rs, i) -> rs.getBytes(1));
        if (last.isEmpty() || last.get(0) == null) {
            return HashChain.GENESIS;
        }
        try {
            String hash = LedgerJson.mapper().readTree(new String(last.get(0), StandardCharsets.UTF_8))
                    .path(AuditKeys.HASH).asText(null);
            return hash == null ? HashChain.GENESIS : hash;
        } catch (IOException e) {
            return HashChain.GENESIS; // verify names an unreadable registration; a new one still links to the start
        }
    }
}
