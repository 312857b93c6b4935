package budgetledger.core.audit;

import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.ledger.InMemoryLedger;
import budgetledger.core.money.Money;
import budgetledger.core.performance.RecordIndicatorOutcome;
import budgetledger.core.performance.SubmitSelfEvaluation;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The hash chain as the ledger writes it: every event of a department-year stream linked to the one before. */
class LedgerHashChainTest {
    private static final Instant START = Instant.parse("2024-01-02T00:00:00Z");
    private final InMemoryLedger ledger = new InMemoryLedger();

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    /** A year touching most event types; every command carries audit facts and a fixed (migrated) recorded time. */
    static List<DomainEventMessage<?>> recordHistory(InMemoryLedger ledger, String algorithm) {
        List<Object> commands = List.of(
                openYear(algorithm),
                publicLine(PUBLIC_LINE, "1000.00"),
                threePublicLimits("0", "0", "0", "800.00"),
                supplement(PUBLIC_LINE, "100.00"),
                expenditure("E1", PUBLIC_LINE, "300.00"),
                reception("E2", PUBLIC_LINE, "200.00", 1, 5),
                reversal("E1"),
                project(PROJECT),
                indicator("I1", "≥700册", "5"),
                new RecordIndicatorOutcome(DEPT, YEAR, "I1", "1141册", null, null, null, null),
                close(),
                new SubmitSelfEvaluation(DEPT, YEAR, "99.66", "优", Instant.parse("2025-04-15T00:00:00Z"), 10, null));
        for (int i = 0; i < commands.size(); i++) {
            ledger.send(commands.get(i), Map.of(
                    AuditKeys.RECORDED_BY, "finance-li",
                    AuditKeys.REASON, "第 " + i + " 笔",
                    AuditKeys.IDEMPOTENCY_KEY, "k-" + i,
                    AuditKeys.MIGRATED_RECORDED_AT, START.plusSeconds(3600L * i).toString()));
        }
        return ledger.events(LEDGER_ID);
    }

    static String meta(DomainEventMessage<?> event, String key) {
        return (String) event.getMetaData().get(key);
    }

    static String recompute(String algorithm, Object payload, Map<String, ?> metadata) {
        return HashChain.link(algorithm, (String) metadata.get(AuditKeys.PREV_HASH), payload.getClass().getName(),
                LedgerJson.canonical(payload), metadata);
    }

    @ParameterizedTest
    @ValueSource(strings = {HashChain.SHA_256, HashChain.SM3})
    void eachEventLinksToThePreviousEventsHash(String algorithm) {
        List<DomainEventMessage<?>> events = recordHistory(ledger, algorithm);
        assertThat(events).hasSize(12);
        assertThat(meta(events.get(0), AuditKeys.PREV_HASH)).isEqualTo(HashChain.GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(meta(events.get(i), AuditKeys.PREV_HASH))
                    .as("prevHash of event %d (%s)", i, events.get(i).getPayloadType().getSimpleName())
                    .isEqualTo(meta(events.get(i - 1), AuditKeys.HASH));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HashChain.SHA_256, HashChain.SM3})
    void recomputingEachLinkGivesTheStoredHash(String algorithm) {
        for (DomainEventMessage<?> event : recordHistory(ledger, algorithm)) {
            assertThat(meta(event, AuditKeys.HASH_ALG)).isEqualTo(algorithm);
            assertThat(meta(event, AuditKeys.HASH))
                    .as("hash of event %d (%s)", event.getSequenceNumber(), event.getPayloadType().getSimpleName())
                    .matches("[0-9a-f]{64}")
                    .isEqualTo(recompute(algorithm, event.getPayload(), event.getMetaData()));
        }
    }

    @Test
    void theHashCoversWhatTheStoreKeeps() throws Exception {
        // The event store serializes payloads with LedgerJson's mapper: what comes back must hash the same.
        for (DomainEventMessage<?> event : recordHistory(ledger, HashChain.SHA_256)) {
            String stored = LedgerJson.mapper().writeValueAsString(event.getPayload());
            Object reloaded = LedgerJson.mapper().readValue(stored, event.getPayloadType());
            assertThat(recompute(HashChain.SHA_256, reloaded, event.getMetaData()))
                    .as("%s after a JSON round trip", event.getPayloadType().getSimpleName())
                    .isEqualTo(meta(event, AuditKeys.HASH));
        }
    }

    @Test
    void sameHistoryGivesTheSameHashes() {
        List<DomainEventMessage<?>> first = recordHistory(ledger, HashChain.SHA_256);
        try (InMemoryLedger other = new InMemoryLedger()) {
            List<DomainEventMessage<?>> second = recordHistory(other, HashChain.SHA_256);
            assertThat(second).extracting(e -> meta(e, AuditKeys.HASH))
                    .containsExactlyElementsOf(first.stream().map(e -> meta(e, AuditKeys.HASH)).toList());
        }
    }

    @Test
    void sm3ChainDiffersFromSha256ChainOfTheSameFacts() {
        List<DomainEventMessage<?>> sha = recordHistory(ledger, HashChain.SHA_256);
        try (InMemoryLedger other = new InMemoryLedger()) {
            List<DomainEventMessage<?>> sm3 = recordHistory(other, "SM3");
            assertThat(sm3).hasSameSizeAs(sha);
            for (int i = 0; i < sha.size(); i++) {
                if (i > 0) { // FiscalYearOpened names its algorithm; every later payload is identical
                    assertThat(sm3.get(i).getPayload()).isEqualTo(sha.get(i).getPayload());
                }
                assertThat(meta(sm3.get(i), AuditKeys.HASH)).matches("[0-9a-f]{64}")
                        .isNotEqualTo(meta(sha.get(i), AuditKeys.HASH));
            }
        }
    }

    @Test
    void changingOnePayloadFieldChangesTheHash() {
        DomainEventMessage<?> spent = recordHistory(ledger, HashChain.SHA_256).stream()
                .filter(e -> e.getPayload() instanceof ExpenditureRecorded).findFirst().orElseThrow();
        ExpenditureRecorded original = (ExpenditureRecorded) spent.getPayload();
        Posting p = original.posting();
        ExpenditureRecorded oneFenMore = new ExpenditureRecorded(original.departmentId(), original.year(),
                original.expenditureId(), original.businessDate(),
                new Posting(p.lineId(), p.kind(), p.fundNature(), p.vintage(), p.functionalCode(), p.projectCode(),
                        p.economicCode(), p.threePublic(), p.receptionBatches(), p.receptionPersons(), p.procurement(),
                        p.amount().plus(Money.ofFen(1))),
                original.payee(), original.voucherNo(), original.summary());
        ExpenditureRecorded otherPayee = new ExpenditureRecorded(original.departmentId(), original.year(),
                original.expenditureId(), original.businessDate(), p, "另一家文具店", original.voucherNo(),
                original.summary());

        String stored = meta(spent, AuditKeys.HASH);
        assertThat(recompute(HashChain.SHA_256, original, spent.getMetaData())).isEqualTo(stored);
        assertThat(recompute(HashChain.SHA_256, oneFenMore, spent.getMetaData())).isNotEqualTo(stored);
        assertThat(recompute(HashChain.SHA_256, otherPayee, spent.getMetaData())).isNotEqualTo(stored);
    }

    @Test
    void changingWhoOrWhenChangesTheHash() {
        DomainEventMessage<?> event = recordHistory(ledger, HashChain.SHA_256).get(3);
        String stored = meta(event, AuditKeys.HASH);
        Map<String, Object> otherRecorder = new HashMap<>(event.getMetaData());
        otherRecorder.put(AuditKeys.RECORDED_BY, "someone-else");
        Map<String, Object> otherTime = new HashMap<>(event.getMetaData());
        otherTime.put(AuditKeys.RECORDED_AT, START.toString());
        assertThat(recompute(HashChain.SHA_256, event.getPayload(), otherRecorder)).isNotEqualTo(stored);
        assertThat(recompute(HashChain.SHA_256, event.getPayload(), otherTime)).isNotEqualTo(stored);
    }
}
