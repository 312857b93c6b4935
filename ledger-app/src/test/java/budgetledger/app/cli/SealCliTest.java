package budgetledger.app.cli;

import budgetledger.app.seal.SealAudit;
import budgetledger.app.seal.SealedStoreTest;
import budgetledger.app.seal.SealsFile;
import budgetledger.app.support.Api;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static budgetledger.app.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seals made where they are meant to be — at a year's close, and by the {@code seal} command — and checked where an
 * auditor checks them: an {@code export-events} file with every hash of an edited stream recomputed passes its own
 * chain check but not {@code verify --from-export --seals}; a closed year whose seal row is deleted is a finding of
 * plain {@code verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SealCliTest extends SealedStoreTest {
    private static Path export;
    private static Path sealsFile;

    /** A CLI command on this test's database and sealing key, as an operator beside the server runs it. */
    private static CliRun cli(String... args) {
        return CliRun.of(Map.of("spring.datasource.url", dbUrl, "ledger.cli.db-pool", "2",
                "ledger.seal.key-file", keyDir.resolve(KEY_FILE).toString()), args);
    }

    private static long sealCount(String ledgerId) {
        return Sql.count(dbUrl, "SELECT count(*) FROM ledger_seal WHERE ledger_id = ?", ledgerId);
    }

    @Test
    @Order(1)
    void closingAYearSealsItsHead() throws Exception {
        Recording rec = new Recording(new Api(port));
        rec.ledger("closed", 2024);                                  // 0
        rec.appropriation("closed", 2024, "L1", "1000.00");          // 1
        rec.expenditure("closed", 2024, "E1", "L1", "100.00");       // 2
        assertThat(sealCount("closed/2024")).as("nothing seals an open year by itself").isZero();
        new Api(port).post(Recording.yearPath("closed", 2024) + "/close", body("closingDate", "2025-01-10")).expect(201);
        long head = Sql.head(dbUrl, "closed/2024");
        long deadline = System.currentTimeMillis() + 60_000;
        while (sealCount("closed/2024") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);                                       // the seal processor tracks the store
        }
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM ledger_seal WHERE ledger_id = 'closed/2024' AND reason = "
                + "'CLOSE' AND sequence = ?", head)).as("a CLOSE seal at the closing event").isEqualTo(1);
        assertThat(Sql.string(dbUrl, "SELECT head_hash FROM ledger_seal WHERE ledger_id = 'closed/2024'"))
                .isEqualTo(Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'hash' FROM "
                        + "domainevententry WHERE aggregateidentifier = 'closed/2024' AND sequencenumber = ?", head));
    }

    @Test
    @Order(2)
    void theSealCommandSealsTheHeadAndRefusesWhatItCannotSeal() {
        Recording rec = new Recording(new Api(port));
        rec.ledger("cliseal", 2024);                                 // 0
        rec.appropriation("cliseal", 2024, "L1", "1000.00");         // 1
        rec.expenditure("cliseal", 2024, "E1", "L1", "100.00");      // 2
        rec.expenditure("cliseal", 2024, "E2", "L1", "200.00");      // 3
        CliRun sealed = cli("seal", "--department", "cliseal", "--year", "2024");
        assertThat(sealed.exit()).as("%s", sealed).isZero();
        assertThat(sealed.out()).contains("sealed cliseal/2024 at sequence 3");
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM ledger_seal WHERE ledger_id = 'cliseal/2024' AND sequence = 3 "
                + "AND reason = 'ON_DEMAND'")).isEqualTo(1);

        long before = Sql.count(dbUrl, "SELECT count(*) FROM ledger_seal");
        CliRun nobody = cli("seal", "--department", "nobody", "--year", "2024");
        assertThat(nobody.exit()).as("%s", nobody).isEqualTo(1);
        assertThat(nobody.err()).startsWith("错误：").contains("nobody 2024 年度没有任何事件，无可封印");
        CliRun noYear = cli("seal", "--department", "cliseal");
        assertThat(noYear.exit()).as("%s", noYear).isEqualTo(2);
        assertThat(noYear.err()).contains("--year");
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM ledger_seal")).as("nothing written").isEqualTo(before);
    }

    @Test
    @Order(3)
    void anExportRewrittenWithEveryHashRecomputedFailsAgainstTheSeals() throws Exception {
        export = Files.createTempFile("events", ".jsonl");
        try (var writer = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            audit.export(null, null, writer);
        }
        sealsFile = Files.createTempFile("seals", ".json");
        Files.writeString(sealsFile, new Api(port).get("/api/v1/audit/seals").expect(200).raw());

        CliRun untouched = cli("verify", "--from-export", export.toString(), "--seals", sealsFile.toString());
        assertThat(untouched.exit()).as("%s", untouched).isZero();
        assertThat(untouched.out()).contains("seals checked: 2", "OK: every seal matches");

        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        String edited = rewrite(lines, "cliseal/2024", 2, "100.00", "10.00");
        Path forged = Files.createTempFile("forged", ".jsonl");
        Files.write(forged, lines, StandardCharsets.UTF_8);
        CliRun chainOnly = cli("verify", "--from-export", forged.toString());
        assertThat(chainOnly.exit()).as("the chain alone is fooled: %s", chainOnly).isZero();
        CliRun against = cli("verify", "--from-export", forged.toString(), "--seals", sealsFile.toString());
        assertThat(against.exit()).as("%s", against).isEqualTo(1);
        assertThat(against.out()).contains("OK: every chain is intact")
                .contains("SEAL cliseal/2024 sequence 2 event " + edited)
                .contains("FAILED: history under a seal has been altered")
                .doesNotContain("SEAL closed/2024");

        // a sealed stream cut short, and one missing altogether, are named as in the store
        List<String> cut = new ArrayList<>(Files.readAllLines(export, StandardCharsets.UTF_8));
        cut.removeIf(l -> l.contains("\"ledgerId\":\"cliseal/2024\"") && l.contains("\"sequence\":3,"));
        cut.removeIf(l -> l.contains("\"ledgerId\":\"closed/2024\""));
        Files.write(forged, cut, StandardCharsets.UTF_8);
        CliRun shortened = cli("verify", "--from-export", forged.toString(), "--seals", sealsFile.toString());
        assertThat(shortened.exit()).as("%s", shortened).isEqualTo(1);
        assertThat(shortened.out()).contains("SEAL cliseal/2024 sequence 3: 事件缺失", "导出文件中只到第 2 号")
                .contains("SEAL closed/2024 sequence 0: 导出文件中没有这个账本的任何事件");

        // an export of one department, said so: the others' seals are out of its scope, the registry is not in it
        CliRun scoped = cli("verify", "--from-export", export.toString(), "--seals", sealsFile.toString(),
                "--department", "cliseal");
        assertThat(scoped.exit()).as("%s", scoped).isZero();
        assertThat(scoped.out()).contains("seals checked: 1", "NOT CHECKED 导出范围限于 cliseal");
    }

    @Test
    @Order(4)
    void aClosedYearWhoseSealIsDeletedIsAFindingOfPlainVerify() {
        long closing = Sql.head(dbUrl, "closed/2024");
        Sql.update(dbUrl, "DELETE FROM ledger_seal WHERE ledger_id = 'closed/2024'");
        CliRun verified = cli("verify");
        assertThat(verified.exit()).as("%s", verified).isEqualTo(1);
        assertThat(verified.out()).contains("OK: every chain is intact")
                .contains("SEAL closed/2024 sequence " + closing)
                .contains(SealAudit.MISSING_SEAL + "：第 " + closing + " 号事件（年终结账）")
                .doesNotContain("SEAL cliseal/2024");
        // the kept seals file still holds the close seal: checked against it, nothing is missing
        SealsFile.Contents kept = SealsFile.read(sealsFile);
        assertThat(seals.verify(kept.seals(), kept.keys(), kept.links(), null, null).ok()).isTrue();
        // sealing the year again mends it (the missing seal is no reason to refuse a seal)
        new Api(port).post("/api/v1/audit/seals", body("departmentId", "closed", "year", 2024)).expect(201);
        SealsFile.Contents stored = files.stored();
        assertThat(seals.verify(stored.seals(), stored.keys(), null, null, null).findings()).isEmpty();
    }

    /**
     * What someone handing in a forged export does: change a payload in the file, then recompute every hash of that
     * stream from there on with the ledger's own hashing. Returns the edited event's id.
     */
    private static String rewrite(List<String> lines, String ledgerId, long from, String was, String now) throws Exception {
        String prev = null;
        String editedId = null;
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode row = (ObjectNode) LedgerJson.mapper().readTree(lines.get(i));
            if (!ledgerId.equals(row.path("ledgerId").asText()) || row.path("sequence").asLong() < from - 1) {
                continue;
            }
            Map<String, Object> meta = new TreeMap<>(LedgerJson.mapper().convertValue(row.get("metadata"),
                    new TypeReference<Map<String, Object>>() {
                    }));
            if (row.path("sequence").asLong() == from - 1) {
                prev = String.valueOf(meta.get(AuditKeys.HASH));
                continue;
            }
            String payload = LedgerJson.mapper().writeValueAsString(row.get("payload"));
            if (row.path("sequence").asLong() == from) {
                assertThat(payload).contains(was);
                payload = payload.replace(was, now);
                editedId = row.path("eventId").asText();
            }
            meta.put(AuditKeys.PREV_HASH, prev);
            String hash = HashChain.link(String.valueOf(meta.get(AuditKeys.HASH_ALG)), prev,
                    row.path("payloadType").asText(), LedgerJson.canonicalOfJson(payload), meta);
            meta.put(AuditKeys.HASH, hash);
            row.set("metadata", LedgerJson.mapper().valueToTree(meta));
            row.set("payload", LedgerJson.mapper().readTree(payload));
            lines.set(i, LedgerJson.mapper().writeValueAsString(row));
            prev = hash;
        }
        assertThat(editedId).as("the event to edit is in the export").isNotNull();
        return editedId;
    }
}
