package budgetledger.app.audit;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain against real tampering with the event table: an edited payload, a deleted middle row, two rows
 * swapped, a forged row appended, a cut-off tail and an edited stored timestamp are each named — ledger, sequence,
 * problem — and the untouched ledgers are not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyTamperTest extends PostgresIntegrationTest {
    /** Each ledger gets the same 8 events: sequences 0..7. */
    private static final List<String> LEDGERS = List.of("audita/2023", "audita/2024", "auditb/2023", "auditb/2024",
            "auditc/2024", "auditc/2025", "audite/2024", "auditd/2024");
    private static final String UNTOUCHED = "auditd/2024";
    private static boolean recorded;

    @LocalServerPort
    int port;
    @Autowired
    AuditService audit;
    Api api;

    @BeforeEach
    void recordOnce() {
        api = new Api(port);
        if (recorded) {
            return;
        }
        Recording rec = new Recording(api);
        LEDGERS.stream().map(l -> l.substring(0, l.indexOf('/'))).distinct().forEach(rec::department);
        for (String ledger : LEDGERS) {
            String d = ledger.substring(0, ledger.indexOf('/'));
            int y = Integer.parseInt(ledger.substring(ledger.indexOf('/') + 1));
            rec.year(d, y);                                    // 0
            rec.appropriation(d, y, "L1", "1000.00");          // 1
            rec.appropriation(d, y, "L2", "500.00");           // 2
            rec.expenditure(d, y, "E1", "L1", "400.00");       // 3
            rec.expenditure(d, y, "E2", "L2", "50.00");        // 4
            rec.expenditure(d, y, "E3", "L1", "60.00");        // 5
            rec.reversal(d, y, "E2");                          // 6
            rec.proposeSupplement(d, y, "L1", "100.00");       // 7 (a proposal: one event)
        }
        recorded = true;
    }

    @Test
    @Order(0)
    void payloadsAreStoredAsTheCanonicalTextTheirHashCoversAndAnEquivalentFormStillVerifies() {
        String payload = "SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = ?";
        for (long seq = 0; seq < 8; seq++) {
            String stored = Sql.string(dbUrl, payload, UNTOUCHED, seq);
            assertThat(stored).isEqualTo(budgetledger.core.audit.LedgerJson.canonicalOfJson(stored));
        }
        // history written in another (equivalent) form — as by an earlier version — is canonicalized before hashing
        Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(jsonb_pretty(convert_from(payload, 'UTF8')::jsonb), "
                + "'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 3", UNTOUCHED);
        String rewritten = Sql.string(dbUrl, payload, UNTOUCHED, 3L);
        assertThat(rewritten).isNotEqualTo(budgetledger.core.audit.LedgerJson.canonicalOfJson(rewritten));
        assertThat(audit.verify("auditd", 2024).breaks()).isEmpty();
    }

    @Test
    @Order(1)
    void anUntouchedStoreVerifies() {
        ChainVerifier.Report report = audit.verify(null, null);
        assertThat(report.breaks()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.streams()).isEqualTo(LEDGERS.size());
        assertThat(report.events()).isEqualTo(8L * LEDGERS.size());

        JsonNode overHttp = api.get("/api/v1/audit/verify").expect(200).json();
        assertThat(overHttp.path("streams").asInt()).isEqualTo(LEDGERS.size());
        assertThat(overHttp.path("events").asLong()).isEqualTo(8L * LEDGERS.size());
        assertThat(overHttp.path("breaks").isArray()).isTrue();
        assertThat(overHttp.path("breaks").size()).isZero();
    }

    @Test
    @Order(2)
    void eachKindOfTamperingIsNamedAndOnlyTheTamperedLedgersAreReported() {
        // the tail check relies on the live views knowing how far each stream went
        Sql.awaitViews(dbUrl, LEDGERS);
        assertThat(audit.verify(null, null).ok()).isTrue();

        // (a) an edited payload: E1's 400.00 becomes 40.00
        String editedEvent = Sql.string(dbUrl, "SELECT eventidentifier FROM domainevententry "
                + "WHERE aggregateidentifier = 'audita/2023' AND sequencenumber = 3");
        assertThat(Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'400.00', '40.00'), 'UTF8') WHERE aggregateidentifier = 'audita/2023' AND sequencenumber = 3")).isEqualTo(1);
        assertThat(Sql.string(dbUrl, "SELECT payload FROM domainevententry WHERE aggregateidentifier = 'audita/2023' "
                + "AND sequencenumber = 3")).contains("\"40.00\"").doesNotContain("400.00");

        // (b) a deleted middle row
        assertThat(Sql.update(dbUrl, "DELETE FROM domainevententry WHERE aggregateidentifier = 'audita/2024' "
                + "AND sequencenumber = 4")).isEqualTo(1);

        // (c) two rows swapped (via a temporary sequence, past the unique constraint)
        Sql.inTransaction(dbUrl,
                "UPDATE domainevententry SET sequencenumber = -1 WHERE aggregateidentifier = 'auditb/2023' AND sequencenumber = 2",
                "UPDATE domainevententry SET sequencenumber = 2 WHERE aggregateidentifier = 'auditb/2023' AND sequencenumber = 5",
                "UPDATE domainevententry SET sequencenumber = 5 WHERE aggregateidentifier = 'auditb/2023' AND sequencenumber = -1");

        // (d) a forged row: a copy of E1's event appended as sequence 8
        assertThat(Sql.update(dbUrl, "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                + "metadata, payload, payloadrevision, payloadtype, \"timestamp\") SELECT aggregateidentifier, 8, type, "
                + "'forged-0001', metadata, payload, payloadrevision, payloadtype, \"timestamp\" FROM domainevententry "
                + "WHERE aggregateidentifier = 'auditb/2024' AND sequencenumber = 3")).isEqualTo(1);

        // (e) a cut-off tail: the last event deleted, which leaves a well-formed but shorter chain
        assertThat(Sql.update(dbUrl, "DELETE FROM domainevententry WHERE aggregateidentifier = 'auditc/2024' "
                + "AND sequencenumber = 7")).isEqualTo(1);

        // (f) an edited stored timestamp (the recorded time the processors and asOf reads see)
        String timestamped = Sql.string(dbUrl, "SELECT eventidentifier FROM domainevententry "
                + "WHERE aggregateidentifier = 'auditc/2025' AND sequencenumber = 2");
        assertThat(Sql.update(dbUrl, "UPDATE domainevententry SET \"timestamp\" = '2024-01-01T00:00:00.000Z' "
                + "WHERE aggregateidentifier = 'auditc/2025' AND sequencenumber = 2")).isEqualTo(1);
        // (g) a stored timestamp that is not a time at all: reported, not a crash of verify
        assertThat(Sql.update(dbUrl, "UPDATE domainevententry SET \"timestamp\" = 'yesterday' "
                + "WHERE aggregateidentifier = 'audite/2024' AND sequencenumber = 6")).isEqualTo(1);

        ChainVerifier.Report report = audit.verify(null, null);
        assertThat(report.ok()).isFalse();
        Map<String, ChainVerifier.Break> byLedger = new TreeMap<>();
        report.breaks().forEach(b -> assertThat(byLedger.put(b.ledgerId(), b)).as("one break per ledger").isNull());
        assertThat(byLedger.keySet()).containsExactly("audita/2023", "audita/2024", "auditb/2023", "auditb/2024",
                "auditc/2024", "auditc/2025", "audite/2024");
        assertThat(byLedger).doesNotContainKey(UNTOUCHED);

        ChainVerifier.Break edited = byLedger.get("audita/2023");
        assertThat(edited.sequence()).isEqualTo(3);
        assertThat(edited.eventId()).isEqualTo(editedEvent);
        assertThat(edited.problem()).contains("哈希不符");

        ChainVerifier.Break deleted = byLedger.get("audita/2024");
        assertThat(deleted.sequence()).isEqualTo(5);
        assertThat(deleted.problem()).contains("序号不连续").contains("应为 4");

        ChainVerifier.Break swapped = byLedger.get("auditb/2023");
        assertThat(swapped.sequence()).isEqualTo(2);
        assertThat(swapped.problem()).contains("哈希链断开");

        ChainVerifier.Break forged = byLedger.get("auditb/2024");
        assertThat(forged.sequence()).isEqualTo(8);
        assertThat(forged.eventId()).isEqualTo("forged-0001");
        assertThat(forged.problem()).contains("哈希链断开");

        ChainVerifier.Break tail = byLedger.get("auditc/2024");
        assertThat(tail.sequence()).isEqualTo(7);
        assertThat(tail.problem()).contains("尾部").contains("第 7 号").contains("第 6 号");

        ChainVerifier.Break time = byLedger.get("auditc/2025");
        assertThat(time.sequence()).isEqualTo(2);
        assertThat(time.eventId()).isEqualTo(timestamped);
        assertThat(time.problem()).contains("记录时间被改动").contains("2024-01-01T00:00:00.000Z");

        ChainVerifier.Break garbage = byLedger.get("audite/2024");
        assertThat(garbage.sequence()).isEqualTo(6);
        assertThat(garbage.problem()).contains("记录时间被改动");

        // scoped runs see only their own ledgers
        assertThat(audit.verify("audita", 2023).breaks()).extracting(ChainVerifier.Break::ledgerId)
                .containsExactly("audita/2023");
        assertThat(audit.verify("audita", null).breaks()).hasSize(2);
        assertThat(audit.verify("auditd", null).ok()).isTrue();
        assertThat(audit.verify("auditc", 2024).breaks()).extracting(ChainVerifier.Break::sequence).containsExactly(7L);

        // and over HTTP, what an auditor reads
        JsonNode overHttp = api.get("/api/v1/audit/verify").expect(200).json();
        assertThat(overHttp.path("breaks").size()).isEqualTo(7);
        JsonNode one = api.get("/api/v1/audit/verify?department=audita&year=2024").expect(200).json();
        assertThat(one.path("breaks").size()).isEqualTo(1);
        assertThat(one.path("breaks").get(0).path("ledgerId").asText()).isEqualTo("audita/2024");
        assertThat(one.path("breaks").get(0).path("sequence").asLong()).isEqualTo(5);
        assertThat(one.path("breaks").get(0).path("problem").asText()).contains("序号不连续");
    }
}
