package budgetledger.app.config;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.ledger.DepartmentYearLedger;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.atomic.AtomicReference;

import static budgetledger.app.support.Recording.expenditureBody;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused command leaves the cached department-year as it was: not evicted (the next command is no load from the
 * store) and not changed (the rules decide before anything is applied). Every refusal kind the ledger has passes the
 * same path; three are tried here: over budget, an idempotency key reused with another body, an unknown line.
 */
class RefusalKeepsCacheTest extends PostgresIntegrationTest {
    private static final String Y = yearPath("refuse", 2024);

    @LocalServerPort
    int port;
    @Autowired
    Cache ledgerCache;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer;
    @Autowired
    RefusalsKeepTheCache rollback;

    @Test
    void aRefusalNeitherEvictsNorChangesTheCachedLedger() {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger("refuse", 2024);
        rec.appropriation("refuse", 2024, "L1", "100.00");
        api.post(Y + "/expenditures", expenditureBody(2024, "E1", "L1", "50.00"), "k-1").expect(201);
        LedgerCache cache = (LedgerCache) ledgerCache;
        String before = cachedState();
        long missesBefore = cache.misses();

        assertThat(api.post(Y + "/expenditures", expenditureBody(2024, "E2", "L1", "80.00")).code())
                .isEqualTo("BUDGET_EXCEEDED");
        assertThat(api.post(Y + "/expenditures", expenditureBody(2024, "E3", "L1", "1.00"), "k-1").code())
                .isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(api.post(Y + "/expenditures", expenditureBody(2024, "E4", "NO-SUCH", "1.00")).status())
                .isBetween(400, 499);

        assertThat(cachedState()).as("the cached ledger after three refusals").isEqualTo(before);
        assertThat(cache.misses() - missesBefore).as("loads from the store caused by the refusals").isZero();

        // the next accepted command runs on the cached ledger, and on the right state: 50 of 100 left, so 40 fits
        int sequence = api.post(Y + "/expenditures", expenditureBody(2024, "E5", "L1", "40.00")).expect(201)
                .json().path("sequence").asInt();
        assertThat(cache.misses() - missesBefore).as("loads from the store after the refusals").isZero();
        assertThat(sequence).as("the accepted command's place: right after E1").isEqualTo(3);
        assertThat(api.post(Y + "/expenditures", expenditureBody(2024, "E6", "L1", "10.01")).code())
                .isEqualTo("BUDGET_EXCEEDED");
    }

    @Test
    void onlyARefusalSkipsTheRollback() {
        assertThat(rollback.rollBackOn(new LedgerException(ErrorCode.BUDGET_EXCEEDED, null))).isFalse();
        assertThat(rollback.rollBackOn(new IllegalStateException("refused after apply",
                new LedgerException(ErrorCode.BUDGET_EXCEEDED, null)))).isTrue();
        assertThat(rollback.rollBackOn(new OutOfMemoryError())).isTrue();
        assertThat(rollback.rollBackOn(new Exception("checked"))).isFalse();
    }

    /** The cached ledger's fields as a snapshot would store them, read in a unit of work that commits (and so keeps it). */
    private String cachedState() {
        Repository<DepartmentYearLedger> repository = axon.repository(DepartmentYearLedger.class);
        AtomicReference<String> state = new AtomicReference<>();
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        repository.load("refuse/2024").execute(ledger ->
                state.set(snapshotSerializer.serialize(ledger, String.class).getData()));
        unit.commit();
        return state.get();
    }
}
