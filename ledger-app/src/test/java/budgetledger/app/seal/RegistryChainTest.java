package budgetledger.app.seal;

import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.audit.RegistryChain;
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
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Department registrations are one hash chain, the registry (登记链): checked by verify, covered by every seal. An
 * older store's unchained registrations still verify; a registration edited with every later registry hash recomputed
 * fools the chain but not the seals, which name the department.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryChainTest extends SealedStoreTest {
    private static final String META = "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
            + "WHERE type = 'Department' AND aggregateidentifier = ?";
    private static JsonNode export;

    @Autowired
    RegistryChain registry;

    @Test
    @Order(1)
    void registrationsOfAnOlderStoreStillVerifyAndNewOnesChainAfterThem() throws Exception {
        Recording rec = new Recording(new Api(port));
        rec.ledger("old-a", 2024);
        rec.ledger("old-b", 2024);
        // as an older store holds them: registrations recorded before they were chained carry no link
        Sql.update(dbUrl, "UPDATE domainevententry SET metadata = convert_to((convert_from(metadata, 'UTF8')::jsonb "
                + "- 'hash' - 'prevHash' - 'hashAlg')::text, 'UTF8') WHERE type = 'Department'");
        RegistryChain.Report old = registry.verify();
        assertThat(old.ok()).isTrue();
        assertThat(old.chained()).isZero();
        long unchained = old.unchained();
        assertThat(unchained).isGreaterThanOrEqualTo(2);

        for (String d : List.of("reg-a", "reg-b", "reg-c")) {
            rec.ledger(d, 2024);
        }
        RegistryChain.Report now = registry.verify();
        assertThat(now.ok()).isTrue();
        assertThat(now.chained()).isEqualTo(3);
        assertThat(now.unchained()).isEqualTo(unchained);
        assertThat(meta("reg-a").get(AuditKeys.PREV_HASH)).isEqualTo(HashChain.GENESIS);
        assertThat(meta("reg-b").get(AuditKeys.PREV_HASH)).isEqualTo(meta("reg-a").get(AuditKeys.HASH));
        assertThat(meta("reg-c").get(AuditKeys.PREV_HASH)).isEqualTo(meta("reg-b").get(AuditKeys.HASH));
        assertThat(now.headHash()).isEqualTo(meta("reg-c").get(AuditKeys.HASH));
        assertThat(audit.verify(null, null).ok()).isTrue();
    }

    @Test
    @Order(2)
    void aRegistrationEditedWithTheRegistryRecomputedFoolsTheChainButNotTheSeals() throws Exception {
        Api api = new Api(port);
        JsonNode seal = api.post("/api/v1/audit/seals", Api.body("departmentId", "reg-c", "year", 2024)).expect(201).json();
        assertThat(seal.path("registrySequence").asLong()).isEqualTo(2);
        assertThat(seal.path("registryHash").asText()).isEqualTo(meta("reg-c").get(AuditKeys.HASH));
        export = api.get("/api/v1/audit/seals").expect(200).json();
        assertThat(export.path("links").path(RegistryChain.REGISTRY).size()).isEqualTo(3);

        String edited = Sql.string(dbUrl, "SELECT eventidentifier FROM domainevententry WHERE type = 'Department' "
                + "AND aggregateidentifier = 'reg-b'");
        renameWithRegistryRecomputed("reg-b", List.of("reg-b", "reg-c"));
        assertThat(registry.verify().ok()).as("the registry chain alone is fooled").isTrue();
        assertThat(audit.verify(null, null).ok()).isTrue();

        // the seals file kept elsewhere names the registration changed (verify --seals FILE)
        SealsFile.Contents kept = SealsFile.read(export);
        SealAudit.Report fromExport = seals.verify(kept.seals(), kept.keys(), kept.links(), null, null);
        assertThat(fromExport.findings()).anySatisfy(f -> {
            assertThat(f.ledgerId()).isEqualTo(RegistryChain.REGISTRY);
            assertThat(f.sequence()).isEqualTo(1L);
            assertThat(f.eventId()).isEqualTo(edited);
            assertThat(f.problem()).contains("预算单位 reg-b 的登记");
        });
        // the seals in the database see the registry's head no longer matching
        SealsFile.Contents stored = files.stored();
        assertThat(seals.verify(stored.seals(), stored.keys(), null, null, null).findings())
                .anySatisfy(f -> assertThat(f.ledgerId()).isEqualTo(RegistryChain.REGISTRY));
        // and no new seal blesses the altered registry
        assertThat(api.post("/api/v1/audit/seals", Api.body("departmentId", "reg-a", "year", 2024)).status())
                .isEqualTo(409);
    }

    @Test
    @Order(3)
    void aRegistrationEditedWithoutRecomputingIsABreakOfTheRegistryChain() throws Exception {
        String edited = Sql.string(dbUrl, "SELECT eventidentifier FROM domainevententry WHERE type = 'Department' "
                + "AND aggregateidentifier = 'reg-a'");
        Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'\"name\":\"', '\"name\":\"假'), 'UTF8') WHERE type = 'Department' AND aggregateidentifier = 'reg-a'");
        ChainVerifier.Report report = audit.verify(null, null);
        assertThat(report.ok()).isFalse();
        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.ledgerId()).isEqualTo(RegistryChain.REGISTRY);
            assertThat(b.eventId()).isEqualTo(edited);
            assertThat(b.problem()).contains("哈希不符");
        });
        // and so does an export of the store checked on its own (verify --from-export)
        java.io.StringWriter out = new java.io.StringWriter();
        audit.export(null, null, out);
        Path file = keyDir.resolve("events.jsonl");
        Files.writeString(file, out.toString());
        assertThat(budgetledger.app.audit.ExportArchive.read(file).verify().breaks())
                .anySatisfy(b -> assertThat(b.eventId()).isEqualTo(edited));
    }

    private Map<String, Object> meta(String department) throws Exception {
        return LedgerJson.mapper().readValue(Sql.string(dbUrl, META, department), new TypeReference<>() {
        });
    }

    /** What an attacker does: rename the department, then recompute the registry's hashes from it on. */
    private void renameWithRegistryRecomputed(String department, List<String> fromItOn) throws Exception {
        Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'\"name\":\"', '\"name\":\"假'), 'UTF8') WHERE type = 'Department' AND aggregateidentifier = ?", department);
        String prev = (String) meta(department).get(AuditKeys.PREV_HASH);
        for (String d : fromItOn) {
            Map<String, Object> meta = new TreeMap<>(meta(d));
            meta.put(AuditKeys.PREV_HASH, prev);
            String payload = Sql.string(dbUrl, "SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                    + "WHERE type = 'Department' AND aggregateidentifier = ?", d);
            String hash = HashChain.link(HashChain.SHA_256, prev, "budgetledger.core.department.DepartmentRegistered",
                    LedgerJson.canonicalOfJson(payload), meta);
            meta.put(AuditKeys.HASH, hash);
            Sql.update(dbUrl, "UPDATE domainevententry SET metadata = convert_to(?, 'UTF8') WHERE type = 'Department' "
                    + "AND aggregateidentifier = ?", LedgerJson.mapper().writeValueAsString(meta), d);
            prev = hash;
        }
    }
}
