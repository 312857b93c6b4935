package budgetledger.app.ledger;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger end to end over HTTP on the real PostgreSQL: record a year's facts, read them back (state and history),
 * 无预算不支出 refuses and writes nothing, and an idempotent retry returns the first outcome without recording twice.
 */
class LedgerApiTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;
    Api api;
    Recording rec;

    @BeforeEach
    void client() {
        api = new Api(port);
        rec = new Recording(api);
    }

    @Test
    void recordsAYearAndReadsItBack() {
        Api.Response registered = rec.department("yyzzb");
        assertThat(registered.json().path("id").asText()).isEqualTo("yyzzb");
        Api.Response opened = rec.year("yyzzb", 2024);
        assertThat(opened.json().path("id").asText()).isEqualTo("yyzzb/2024");
        assertThat(opened.json().path("sequence").asLong()).isZero();

        Api.Response appropriation = rec.appropriation("yyzzb", 2024, "L-OFFICE", "1000.00");
        assertThat(appropriation.json().path("command").asText()).isEqualTo("RecordAppropriation");
        assertThat(appropriation.json().path("sequence").asLong()).isEqualTo(1);
        rec.supplement("yyzzb", 2024, "L-OFFICE", "200.00");
        Api.Response spent = rec.expenditure("yyzzb", 2024, "ZC-001", "L-OFFICE", "300.00");
        assertThat(spent.json().path("id").asText()).isEqualTo("ZC-001");
        assertThat(spent.json().path("sequence").asLong()).isEqualTo(4);
        assertThat(spent.json().path("repeated").asBoolean()).isFalse();

        JsonNode state = api.get(yearPath("yyzzb", 2024)).expect(200).json();
        assertThat(state.path("departmentName").asText()).isEqualTo("测试单位yyzzb");
        assertThat(state.path("lastSequence").asLong()).isEqualTo(4);
        JsonNode line = single(state.path("lines"));
        assertThat(line.path("lineId").asText()).isEqualTo("L-OFFICE");
        assertThat(line.path("kind").asText()).isEqualTo("BASIC_PUBLIC");
        assertThat(line.path("functionalCode").asText()).isEqualTo("2013201");
        assertThat(line.path("initial").asText()).isEqualTo("1000.00");
        assertThat(line.path("full").asText()).isEqualTo("1200.00");
        assertThat(line.path("executed").asText()).isEqualTo("300.00");
        assertThat(line.path("available").asText()).isEqualTo("900.00");

        JsonNode events = api.get(yearPath("yyzzb", 2024) + "/events").expect(200).json();
        assertThat(events.path("total").asLong()).isEqualTo(5);
        // maker–checker: the supplement was proposed by the operator and took effect when the checker approved it
        assertThat(texts(events.path("items"), "type")).containsExactly("FiscalYearOpened", "AppropriationRecorded",
                "BudgetAdjustmentProposed", "BudgetAdjusted", "ExpenditureRecorded");
        assertThat(texts(events.path("items"), "sequence")).containsExactly("0", "1", "2", "3", "4");
        JsonNode adjusted = events.path("items").get(3);
        assertThat(adjusted.path("proposedBy").asText()).isEqualTo(TestUsers.OPERATOR);
        assertThat(adjusted.path("approvedBy").asText()).isEqualTo(TestUsers.CHECKER);
        assertThat(adjusted.path("recordedBy").asText()).isEqualTo(TestUsers.CHECKER);
        JsonNode expenditure = events.path("items").get(4);
        assertThat(expenditure.path("businessDate").asText()).isEqualTo("2024-02-10");
        assertThat(expenditure.path("recordedBy").asText()).isEqualTo(TestUsers.OPERATOR);
        assertThat(expenditure.path("subject").asText()).isEqualTo("ZC-001");
        assertThat(expenditure.path("payload").path("posting").path("amount").asText()).isEqualTo("300.00");
        assertThat(expenditure.path("payload").path("posting").path("economicCode").asText()).isEqualTo("30201");
        assertThat(expenditure.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(Instant.parse(expenditure.path("recordedAt").asText()))
                .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plusSeconds(5));

        // filters of the history: by type, and paging
        JsonNode onlySpending = api.get(yearPath("yyzzb", 2024) + "/events?type=ExpenditureRecorded").expect(200).json();
        assertThat(onlySpending.path("total").asLong()).isEqualTo(1);
        JsonNode page = api.get(yearPath("yyzzb", 2024) + "/events?page=1&size=4").expect(200).json();
        assertThat(texts(page.path("items"), "type")).containsExactly("ExpenditureRecorded");

        JsonNode department = api.get("/api/v1/departments/yyzzb").expect(200).json();
        assertThat(department.path("name").asText()).isEqualTo("测试单位yyzzb");
        assertThat(texts(department.path("years"), null)).containsExactly("2024");
    }

    @Test
    void anExpenditureOverTheAvailableBudgetIsRefusedAndChangesNothing() {
        rec.ledger("overspend", 2024);
        rec.appropriation("overspend", 2024, "L1", "1000.00");
        rec.expenditure("overspend", 2024, "ZC-1", "L1", "600.00");
        long storedBefore = Sql.events(dbUrl);
        long historyBefore = api.get(yearPath("overspend", 2024) + "/events").json().path("total").asLong();

        Api.Response refused = api.post(yearPath("overspend", 2024) + "/expenditures",
                Recording.expenditureBody(2024, "ZC-2", "L1", "400.01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("BUDGET_EXCEEDED");
        assertThat(refused.json().path("title").asText()).contains("无预算不支出");
        assertThat(refused.json().path("detail").asText()).contains("L1").contains("400.00").contains("400.01");
        assertThat(Sql.events(dbUrl)).isEqualTo(storedBefore);
        assertThat(api.get(yearPath("overspend", 2024) + "/events").json().path("total").asLong()).isEqualTo(historyBefore);
        JsonNode line = single(api.get(yearPath("overspend", 2024)).json().path("lines"));
        assertThat(line.path("executed").asText()).isEqualTo("600.00");
        assertThat(line.path("available").asText()).isEqualTo("400.00");

        // the refused id was not taken, and spending exactly what is available is allowed (available becomes 0)
        rec.expenditure("overspend", 2024, "ZC-2", "L1", "400.00");
        JsonNode spentOut = single(api.get(yearPath("overspend", 2024)).json().path("lines"));
        assertThat(spentOut.path("available").asText()).isEqualTo("0.00");
        assertThat(api.post(yearPath("overspend", 2024) + "/expenditures",
                Recording.expenditureBody(2024, "ZC-3", "L1", "0.01")).code()).isEqualTo("BUDGET_EXCEEDED");

        // a reversal gives the authority back
        rec.reversal("overspend", 2024, "ZC-1");
        JsonNode reversed = single(api.get(yearPath("overspend", 2024)).json().path("lines"));
        assertThat(reversed.path("executed").asText()).isEqualTo("400.00");
        assertThat(reversed.path("available").asText()).isEqualTo("600.00");
    }

    @Test
    void anIdempotentRetryReturnsTheFirstOutcomeAndRecordsNothing() {
        rec.ledger("retry", 2024);
        rec.appropriation("retry", 2024, "L1", "1000.00");
        Object request = Recording.expenditureBody(2024, "ZC-1", "L1", "100.00");

        Api.Response first = api.post(yearPath("retry", 2024) + "/expenditures", request, "key-0001").expect(201);
        assertThat(first.json().path("repeated").asBoolean()).isFalse();
        long stored = Sql.events(dbUrl);

        Api.Response again = api.post(yearPath("retry", 2024) + "/expenditures", request, "key-0001");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("repeated").asBoolean()).isTrue();
        assertThat(again.json().path("id").asText()).isEqualTo("ZC-1");
        assertThat(again.json().path("sequence").asLong()).isEqualTo(first.json().path("sequence").asLong());
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);
        assertThat(single(api.get(yearPath("retry", 2024)).json().path("lines")).path("executed").asText())
                .isEqualTo("100.00");

        // the key is part of the event's audit metadata
        String meta = Sql.string(dbUrl, "SELECT metadata FROM domainevententry WHERE aggregateidentifier = 'retry/2024' "
                + "AND sequencenumber = ?", first.json().path("sequence").asLong());
        assertThat(meta).contains("\"idempotencyKey\":\"key-0001\"");

        Api.Response conflict = api.post(yearPath("retry", 2024) + "/expenditures",
                Recording.expenditureBody(2024, "ZC-1", "L1", "100.01"), "key-0001");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(conflict.json().path("title").asText()).contains("幂等键");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);

        // without a key, the same body is a new request: a second expenditure with the same id is a duplicate
        assertThat(api.post(yearPath("retry", 2024) + "/expenditures", request).code()).isEqualTo("DUPLICATE_EXPENDITURE");
        // a new key records anew
        Api.Response fresh = api.post(yearPath("retry", 2024) + "/expenditures",
                Recording.expenditureBody(2024, "ZC-2", "L1", "100.00"), "key-0002").expect(201);
        assertThat(fresh.json().path("sequence").asLong()).isEqualTo(first.json().path("sequence").asLong() + 1);
    }

    @Test
    void theCallerCannotClaimWhoRecordedNorWhen() {
        rec.ledger("claims", 2024);
        Object body = body("lineId", "L1", "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC",
                "functionalCode", "2013201", "amount", "10.00", "initial", true, "businessDate", "2024-01-05",
                "audit", body("recordedBy", "财政局长", "recordedAt", "2024-01-05T09:00:00+08:00",
                        "reason", "年初预算", "document", "益财预〔2024〕1号", "bodyHash", "forged-body-hash"));
        api.post(yearPath("claims", 2024) + "/appropriations", body).expect(201);
        // the body's hash is the ledger's own (under an idempotency key): CommandLine.metadata() never takes it from a caller
        assertThat(Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = 'claims/2024' AND payloadtype LIKE '%AppropriationRecorded'"))
                .doesNotContain("forged-body-hash").doesNotContain("bodyHash");

        JsonNode event = api.get(yearPath("claims", 2024) + "/events?type=AppropriationRecorded").json().path("items").get(0);
        // the authenticated user, not the body's claim
        assertThat(event.path("recordedBy").asText()).isEqualTo(TestUsers.OPERATOR);
        assertThat(Instant.parse(event.path("recordedAt").asText())).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(event.path("reason").asText()).isEqualTo("年初预算");
        assertThat(event.path("document").asText()).isEqualTo("益财预〔2024〕1号");
    }

    @Test
    void carriedLinesComeFromThePriorYearsCloseNotFromTheRequest() {
        rec.ledger("carry", 2024);
        long stored = Sql.events(dbUrl);
        Api.Response invented = api.post("/api/v1/departments/carry/years", body("year", 2025, "carriedLines",
                List.of(body("lineId", "X", "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC",
                        "functionalCode", "2013201", "amount", "1000000.00"))));
        assertThat(invented.status()).isEqualTo(400);
        assertThat(invented.code()).isEqualTo("INVALID_REQUEST");
        assertThat(invented.json().path("detail").asText()).contains("carriedLines");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);

        rec.appropriation("carry", 2024, "L1", "1000.00");
        rec.expenditure("carry", 2024, "ZC-1", "L1", "250.00");
        api.post(yearPath("carry", 2024) + "/close", body("closingDate", "2025-01-10", "carryOverLineIds", List.of("L1")))
                .expect(201);
        api.post("/api/v1/departments/carry/years", body("year", 2025, "carryOverFromPriorYear", true)).expect(201);
        JsonNode line = single(api.get(yearPath("carry", 2025)).expect(200).json().path("lines"));
        assertThat(line.path("lineId").asText()).isEqualTo("L1");
        assertThat(line.path("vintage").asText()).isEqualTo("CARRY_OVER");
        assertThat(line.path("full").asText()).isEqualTo("750.00");
        assertThat(line.path("available").asText()).isEqualTo("750.00");
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array.isArray()).as("array: %s", array).isTrue();
        assertThat(array.size()).as("one element in %s", array).isEqualTo(1);
        return array.get(0);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }
}
