package budgetledger.app.ledger;

import budgetledger.app.LedgerApplication;
import budgetledger.app.support.Api;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestDatabase;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost when the application stops: a second application on the same PostgreSQL database reads back
 * every fact, and its rules — available balance, idempotency, duplicates, reversals, the hash chain — continue
 * from the recorded history, loaded through snapshots (taken every 5 events here).
 */
class PersistenceRestartTest {
    private static final String LEDGER = "restart/2024";
    private static String dbUrl;
    private ConfigurableApplicationContext running;

    @BeforeAll
    static void database() {
        dbUrl = TestDatabase.create("ledger_restart");
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabase.drop(dbUrl);
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    /** The application as {@code java -jar} runs it, configured through command-line arguments. */
    private Api start() {
        running = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--server.port=0",
                "--ledger.snapshot-threshold=5");
        // security is on: the test signs in as TestUsers.OPERATOR of this application
        return new Api(TestUsers.register(running));
    }

    @Test
    void aRestartedApplicationKnowsEverythingAndKeepsEnforcingTheRules() throws Exception {
        // ---- first life ----
        Api api = start();
        Recording rec = new Recording(api);
        String y = yearPath("restart", 2024);
        rec.ledger("restart", 2024);
        rec.appropriation("restart", 2024, "L1", "10000.00");
        rec.appropriation("restart", 2024, "L2", "500.00");
        Map<String, Object> fifth = null;
        for (int i = 1; i <= 25; i++) {
            Map<String, Object> b = Recording.expenditureBody(2024, "E-" + i, "L1", "100.00");
            api.post(y + "/expenditures", b, "key-" + i).expect(201);
            if (i == 5) {
                fifth = b;
            }
        }
        rec.reversal("restart", 2024, "E-3");
        rec.expenditure("restart", 2024, "E-L2", "L2", "499.99");
        assertThat(Sql.head(dbUrl, LEDGER)).isEqualTo(29);

        long snapshotSequence = awaitSnapshot(24);
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", LEDGER))
                .isPositive();
        assertThat(Sql.string(dbUrl, "SELECT payloadtype FROM snapshotevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber DESC LIMIT 1", LEDGER)).endsWith("DepartmentYearLedger");
        // the snapshot holds the aggregate's whole memory: lines, expenditures, idempotency keys, the chain's last hash
        String snapshot = Sql.string(dbUrl, "SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber DESC LIMIT 1", LEDGER);
        assertThat(snapshot).contains("\"lines\"").contains("\"L1\"").contains("\"E-20\"").contains("\"key-5\"")
                .contains("\"lastHash\"");

        JsonNode stateBefore = api.get(y).expect(200).json();
        JsonNode historyBefore = api.get(y + "/events?size=500").expect(200).json();
        assertThat(historyBefore.path("total").asLong()).isEqualTo(30);
        Sql.awaitViews(dbUrl, List.of(LEDGER));
        running.close();
        running = null;

        // ---- second life, same database ----
        api = start();
        JsonNode stateAfter = api.get(y).expect(200).json();
        assertThat(stateAfter.path("lines")).isEqualTo(stateBefore.path("lines"));
        JsonNode l1 = line(stateAfter, "L1");
        assertThat(l1.path("executed").asText()).isEqualTo("2400.00");
        assertThat(l1.path("available").asText()).isEqualTo("7600.00");
        assertThat(line(stateAfter, "L2").path("available").asText()).isEqualTo("0.01");
        JsonNode historyAfter = api.get(y + "/events?size=500").expect(200).json();
        assertThat(historyAfter).isEqualTo(historyBefore);
        assertThat(api.get("/api/v1/departments").expect(200).json().get(0).path("departmentId").asText())
                .isEqualTo("restart");

        // the available balance the aggregate (snapshot + newer events) computes is the one history gives
        long stored = Sql.events(dbUrl);
        Api.Response over = api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-26", "L1", "7600.01"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("BUDGET_EXCEEDED");
        assertThat(api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-L2b", "L2", "0.02")).code())
                .isEqualTo("BUDGET_EXCEEDED");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);

        // the rest of the aggregate's memory survived as well
        Api.Response retry = api.post(y + "/expenditures", fifth, "key-5");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("repeated").asBoolean()).isTrue();
        assertThat(retry.json().path("sequence").asLong()).isEqualTo(7);
        assertThat(api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-1", "L1", "1.00")).code())
                .isEqualTo("DUPLICATE_EXPENDITURE");
        assertThat(api.post(y + "/expenditures/E-3/reversal", body("reason", "再冲", "businessDate", "2024-04-01")).code())
                .isEqualTo("ALREADY_REVERSED");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);

        Api.Response last = api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-26", "L1", "7600.00"), "key-26")
                .expect(201);
        assertThat(last.json().path("sequence").asLong()).isEqualTo(30);
        assertThat(line(api.get(y).json(), "L1").path("available").asText()).isEqualTo("0.00");

        // the chain continues where it stopped: every link from before and after the restart checks out
        JsonNode verify = api.get("/api/v1/audit/verify").expect(200).json();
        assertThat(verify.path("breaks").size()).as("%s", verify).isZero();
        assertThat(verify.path("events").asLong()).isEqualTo(31);
        String prevHash = Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8')::json->>'prevHash' FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 30", LEDGER);
        assertThat(prevHash).isEqualTo(historyBefore.path("items").get(29).path("hash").asText());

        // the live view resumed from its token and took in the new event
        Sql.awaitViews(dbUrl, List.of(LEDGER));
        assertThat(Sql.viewSequence(dbUrl, LEDGER)).hasValue(30);
        assertThat(snapshotSequence).isGreaterThanOrEqualTo(24);
    }

    /**
     * A snapshot of another shape of the aggregate (an older release: no revision, other fields) is ignored, never
     * trusted: the year is rebuilt from its events and the rules still hold.
     */
    @Test
    void aSnapshotOfAnOlderShapeIsIgnored() throws Exception {
        String ledger = "oldsnap/2024";
        Api api = start();
        Recording rec = new Recording(api);
        String y = yearPath("oldsnap", 2024);
        rec.ledger("oldsnap", 2024);
        rec.appropriation("oldsnap", 2024, "L1", "1000.00");
        for (int i = 1; i <= 8; i++) {
            api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-" + i, "L1", "100.00")).expect(201);
        }
        awaitSnapshot(ledger, 5);
        assertThat(Sql.string(dbUrl, "SELECT payloadrevision FROM snapshotevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber DESC LIMIT 1", ledger)).isEqualTo(budgetledger.core.ledger.DepartmentYearLedger.class
                .getAnnotation(org.axonframework.serialization.Revision.class).value());
        running.close();
        running = null;
        Sql.update(dbUrl, "UPDATE snapshotevententry SET payloadrevision = NULL, "
                + "payload = convert_to('{\"ledgerId\":\"oldsnap/2024\",\"lines\":{}}', 'UTF8') "
                + "WHERE aggregateidentifier = ?", ledger);

        api = start();
        // trusted, the old snapshot would know no line L1 (UNKNOWN_LINE) and nothing spent
        assertThat(api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-9", "L1", "200.01")).code())
                .isEqualTo("BUDGET_EXCEEDED");
        assertThat(api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-9", "L1", "200.00")).expect(201)
                .json().path("sequence").asLong()).isEqualTo(10);
    }

    /**
     * A snapshot holds every feature's state — proposals, receipts, 三公 limits and spending, projects, indicators —
     * and reads back whole: deserialized and written again it is the same JSON (a part that failed to read would
     * make Axon fall back to a full replay silently, so the round trip is checked directly).
     */
    @Test
    void aSnapshotOfEveryFeatureReadsBackWhole() throws Exception {
        String ledger = "fullsnap/2024";
        Api api = start();
        Recording rec = new Recording(api);
        String y = yearPath("fullsnap", 2024);
        rec.ledger("fullsnap", 2024);
        rec.appropriation("fullsnap", 2024, "L1", "1000.00");
        api.post(y + "/three-public-limits", body("abroad", "0.00", "vehiclePurchase", "0.00",
                "vehicleOperation", "300.00", "reception", "500.00", "businessDate", "2024-01-05")).expect(201);
        api.post(y + "/projects", body("projectCode", "P1", "name", "党员教育培训", "category", "SPECIAL")).expect(201);
        api.post(y + "/indicators", body("indicatorId", "I1", "level1", "产出指标", "level2", "数量指标",
                "name", "培训人次", "target", "≥700人次", "weight", "10")).expect(201);
        api.post(y + "/receipts", body("receiptId", "R1", "fundNature", "GENERAL_PUBLIC", "amount", "1000.00",
                "businessDate", "2024-01-10")).expect(201);
        rec.proposeSupplement("fullsnap", 2024, "L1", "50.00");
        for (int i = 1; i <= 3; i++) {
            api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-" + i, "L1", "100.00"), "key-" + i).expect(201);
        }
        // the trigger snapshots at every fifth event: the tenth (sequence 9) follows all of the above
        long sequence = awaitSnapshot(ledger, 9);

        String json = Sql.string(dbUrl, "SELECT convert_from(payload, 'UTF8') FROM snapshotevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = ?", ledger, sequence);
        assertThat(json).contains("\"proposals\"", "\"receipts\"", "\"threePublic\"", "\"projects\"",
                "\"indicators\"", "\"P1\"", "\"I1\"", "\"R1\"", "\"TZ-6\"", "\"key-3\"");
        org.axonframework.serialization.Serializer serializer = new budgetledger.app.config.AxonConfig().snapshotSerializer();
        Object aggregate = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), byte[].class,
                budgetledger.core.ledger.DepartmentYearLedger.class.getName(), "2"));
        String again = new String(serializer.serialize(aggregate, byte[].class).getData(),
                java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(mapper.readTree(again)).isEqualTo(mapper.readTree(json));
    }

    private static JsonNode line(JsonNode state, String lineId) {
        List<JsonNode> found = new ArrayList<>();
        state.path("lines").forEach(l -> {
            if (l.path("lineId").asText().equals(lineId)) {
                found.add(l);
            }
        });
        assertThat(found).as("line %s in %s", lineId, state).hasSize(1);
        return found.get(0);
    }

    /** Snapshots are taken after the command's transaction; waits until one at or past {@code sequence} is stored. */
    private static long awaitSnapshot(long sequence) throws InterruptedException {
        return awaitSnapshot(LEDGER, sequence);
    }

    private static long awaitSnapshot(String ledger, long sequence) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long latest = Sql.count(dbUrl, "SELECT coalesce(max(sequencenumber), -1) FROM snapshotevententry "
                    + "WHERE aggregateidentifier = ?", ledger);
            if (latest >= sequence) {
                return latest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no snapshot of " + ledger + " at or past sequence " + sequence);
    }
}
