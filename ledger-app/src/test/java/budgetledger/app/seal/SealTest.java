package budgetledger.app.seal;

import budgetledger.app.support.Api;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seals against someone who can write to the database: an expenditure rewritten (300.00 → 30.00) with every later
 * hash recomputed passes the hash chain — and is named by the seals; a cut-off tail, a forged seal and a deleted
 * seals table are caught too, and an untouched sealed stream raises no alarm.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SealTest extends SealedStoreTest {
    private static JsonNode export;

    @Test
    @Order(1)
    void anAdministratorSealsAndTheExportCarriesTheSealsTheKeyAndTheLinks() {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        for (String d : List.of("sealed", "control")) {
            rec.ledger(d, 2024);                                   // 0
            rec.appropriation(d, 2024, "L1", "1000.00");           // 1
            rec.expenditure(d, 2024, "E1", "L1", "100.00");        // 2
            rec.expenditure(d, 2024, "E2", "L1", "300.00");        // 3
            rec.expenditure(d, 2024, "E3", "L1", "50.00");         // 4
            JsonNode seal = api.post("/api/v1/audit/seals", Api.body("departmentId", d, "year", 2024)).expect(201).json();
            assertThat(seal.path("sequence").asLong()).isEqualTo(4);
            assertThat(seal.path("reason").asText()).isEqualTo(Seal.ON_DEMAND);
        }
        rec.expenditure("sealed", 2024, "E4", "L1", "10.00");       // 5, after the seal
        export = api.get("/api/v1/audit/seals").expect(200).json();
        assertThat(export.path("seals").size()).isEqualTo(2);
        assertThat(export.path("links").path("sealed/2024").size()).isEqualTo(5);
        assertThat(Files.exists(keyDir.resolve("test-seal.key"))).isTrue();
        assertThat(api.get("/api/v1/audit/seals/verify").expect(200).json().path("findings").size()).isZero();
        // a seal for a year that does not exist is a clear refusal
        assertThat(api.post("/api/v1/audit/seals", Api.body("departmentId", "nobody", "year", 2024)).status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void anEditWithEveryLaterHashRecomputedPassesTheChainButNotTheSeals() throws Exception {
        String edited = Sql.string(dbUrl, "SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = "
                + "'sealed/2024' AND sequencenumber = 3");
        rewriteWithRecomputedHashes("sealed/2024", 3, "300.00", "30.00");
        assertThat(audit.verify("sealed", 2024).ok()).as("the hash chain alone is fooled").isTrue();

        SealsFile.Contents stored = files.stored();
        SealAudit.Report fromDatabase = seals.verify(stored.seals(), stored.keys(), null, null, null);
        assertThat(fromDatabase.findings()).singleElement().satisfies(f -> {
            assertThat(f.ledgerId()).isEqualTo("sealed/2024");
            assertThat(f.problem()).contains("与封印不符", "第 0 至第 4 号");
        });
        SealsFile.Contents kept = SealsFile.read(export);
        SealAudit.Report fromExport = seals.verify(kept.seals(), kept.keys(), kept.links(), null, null);
        assertThat(fromExport.findings()).extracting(SealFinding::eventId).contains(edited);
        assertThat(fromExport.findings().get(0).sequence()).isEqualTo(3L);
        assertThat(fromExport.findings()).noneMatch(f -> f.ledgerId().equals("control/2024"));
    }

    @Test
    @Order(3)
    void emptyingTheSealsTableDoesNotHideItFromTheExport() {
        Sql.update(dbUrl, "DELETE FROM ledger_seal");
        SealsFile.Contents stored = files.stored();
        SealAudit.Report fromDatabase = seals.verify(stored.seals(), stored.keys(), null, null, null);
        assertThat(fromDatabase.ok()).isTrue();
        assertThat(fromDatabase.unsealedStreams()).as("and it says no seal covers them").isEqualTo(2);
        SealsFile.Contents kept = SealsFile.read(export);
        assertThat(seals.verify(kept.seals(), kept.keys(), kept.links(), null, null).ok()).isFalse();
    }

    @Test
    @Order(4)
    void aCutOffTailAndAForgedSealAreNamed() {
        Sql.update(dbUrl, "DELETE FROM domainevententry WHERE aggregateidentifier = 'control/2024' AND sequencenumber >= 3");
        SealsFile.Contents kept = SealsFile.read(export);
        SealAudit.Report r = seals.verify(kept.seals(), kept.keys(), kept.links(), "control", 2024);
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.problem()).contains("事件缺失", "存储中只到第 2 号"));
        // the seals of other departments are out of scope, not streams "gone" from a store read for control alone
        assertThat(r.findings()).allSatisfy(x -> assertThat(x.ledgerId()).isEqualTo("control/2024"));
        assertThat(r.seals()).isEqualTo(1);

        JsonNode forged = export.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) forged.path("seals").get(0)).put("sequence", 2);
        SealsFile.Contents f = SealsFile.read(forged);
        assertThat(seals.verify(f.seals(), f.keys(), null, null, null).findings())
                .anySatisfy(x -> assertThat(x.problem()).contains("封印签名无效"));
    }

    /** What an attacker with write access does: change a payload, then recompute every hash from there on. */
    private void rewriteWithRecomputedHashes(String ledgerId, long from, String was, String now) throws Exception {
        Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), "
                + "'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = ?", was, now, ledgerId, from);
        String prev = Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'hash' FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = ?", ledgerId, from - 1);
        long head = Sql.head(dbUrl, ledgerId);
        for (long seq = from; seq <= head; seq++) {
            String metaJson = Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                    + "WHERE aggregateidentifier = ? AND sequencenumber = ?", ledgerId, seq);
            String payload = Sql.string(dbUrl, "SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                    + "WHERE aggregateidentifier = ? AND sequencenumber = ?", ledgerId, seq);
            String type = Sql.string(dbUrl, "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                    + "AND sequencenumber = ?", ledgerId, seq);
            Map<String, Object> meta = new TreeMap<>(LedgerJson.mapper().readValue(metaJson,
                    new TypeReference<Map<String, Object>>() {
                    }));
            meta.put(AuditKeys.PREV_HASH, prev);
            String hash = HashChain.link(String.valueOf(meta.get(AuditKeys.HASH_ALG)), prev, type,
                    LedgerJson.canonicalOfJson(payload), meta);
            meta.put(AuditKeys.HASH, hash);
            Sql.update(dbUrl, "UPDATE domainevententry SET metadata = convert_to(?, 'UTF8') WHERE aggregateidentifier = ? "
                    + "AND sequencenumber = ?", LedgerJson.mapper().writeValueAsString(meta), ledgerId, seq);
            prev = hash;
        }
    }
}
