package budgetledger.app.ledger;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.core.common.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal the API can give, as a client sees it: the HTTP status, the stable {@code code}, a Chinese
 * {@code title}, a detail, no stack trace — and nothing written to the event store. Bad input is never a 5xx.
 * (RECORDED_TIME_BACKWARDS is reachable only through an administrator's import: see ImportTest.)
 */
class ApiErrorCodesTest extends PostgresIntegrationTest {
    @Autowired
    budgetledger.app.config.BackgroundSnapshots snapshotter;
    private static final AtomicInteger DEPARTMENTS = new AtomicInteger();
    private static final String CJK = ".*[\\u4e00-\\u9fff].*";

    @LocalServerPort
    int port;
    Api api;
    Recording rec;
    /** A department with year 2024 open and line L1 of 1000.00, fresh for each test. */
    String d;
    String y;

    @BeforeEach
    void ledger() {
        api = new Api(port);
        rec = new Recording(api);
        d = "err" + DEPARTMENTS.incrementAndGet();
        y = yearPath(d, 2024);
        rec.ledger(d, 2024);
        rec.appropriation(d, 2024, "L1", "1000.00");
    }

    /** Sends the request and asserts it was refused as {@code code} with {@code status}, leaving the store as it was. */
    private Api.Response refused(int status, String code, Supplier<Api.Response> request) {
        long stored = Sql.events(dbUrl);
        long snapshots = snapshotsWritten();
        Api.Response r = request.get();
        assertThat(r.status()).as("status of %s", r.raw()).isEqualTo(status);
        assertThat(r.code()).as("code of %s", r.raw()).isEqualTo(code);
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        String title = r.json().path("title").asText();
        assertThat(title).as("title").matches(CJK);
        if (isLedgerCode(code)) {
            assertThat(title).isEqualTo(ErrorCode.valueOf(code).messageZh());
        }
        assertThat(r.json().path("detail").asText()).as("detail").isNotBlank();
        assertNoStackTrace(r.raw());
        assertThat(Sql.events(dbUrl)).as("events stored").isEqualTo(stored);
        assertThat(snapshotsWritten()).isEqualTo(snapshots);
        return r;
    }

    /** Snapshots are written in the background: counted once the snapshotter has nothing left to write. */
    private long snapshotsWritten() {
        try {
            assertThat(snapshotter.awaitIdle(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return Sql.count(dbUrl, "SELECT count(*) FROM snapshotevententry");
    }

    static void assertNoStackTrace(String raw) {
        assertThat(raw).doesNotContainPattern("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)")
                .doesNotContain("\tat ")
                .doesNotContain("\"trace\"")
                .doesNotContain("\"exception\"");
    }

    private static boolean isLedgerCode(String code) {
        return java.util.Arrays.stream(ErrorCode.values()).anyMatch(c -> c.name().equals(code));
    }

    private Api.Response spend(Map<String, Object> changes) {
        Map<String, Object> b = Recording.expenditureBody(2024, "ZC-X", "L1", "10.00");
        b.putAll(changes);
        return api.post(y + "/expenditures", b);
    }

    private Api.Response appropriate(Map<String, Object> changes) {
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) Recording.appropriationBody(2024, "L2", "10.00");
        b.putAll(changes);
        return api.post(y + "/appropriations", b);
    }

    private String line(String field) {
        return api.get(y).json().path("lines").get(0).path(field).asText();
    }

    // ---- amounts ----

    @ParameterizedTest
    @ValueSource(strings = {"400.123", "0.001", "-5.00", "0", "0.00", "abc", ""})
    void invalidAmountOnAnExpenditure(String amount) {
        refused(400, "INVALID_AMOUNT", () -> spend(body("amount", amount)));
        assertThat(line("executed")).isEqualTo("0.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000.999", "-1.00", "100000000000000000000"})
    void invalidAmountOnAnAppropriation(String amount) {
        refused(400, "INVALID_AMOUNT", () -> appropriate(body("amount", amount)));
        assertThat(api.get(y).json().path("lines").size()).isEqualTo(1);
    }

    /** 年初 0.00 is a budget that starts at nothing (to be supplemented), not an invalid amount. */
    @Test
    void aZeroAppropriationIsRecorded() {
        assertThat(appropriate(body("amount", "0.00")).status()).isEqualTo(201);
        assertThat(api.get(y).json().path("lines").size()).isEqualTo(2);
    }

    @Test
    void invalidAmountWhenASumWouldOverflow() {
        rec.appropriation(d, 2024, "BIG", "90000000000000000.00");
        Api.Response r = refused(400, "INVALID_AMOUNT", () -> api.post(y + "/adjustments",
                body("lineId", "BIG", "direction", "SUPPLEMENT", "amount", "90000000000000000.00",
                        "businessDate", "2024-03-01")));
        assertThat(r.json().path("detail").asText()).contains("超出");
        // the refused event left no trace in the cached aggregate either: the chain goes on unbroken
        rec.supplement(d, 2024, "L1", "1.00");
        assertThat(api.get("/api/v1/audit/verify?department=" + d).json().path("breaks").size()).isZero();
    }

    // ---- malformed requests ----

    @Test
    void invalidRequestForAMalformedJsonBody() {
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/expenditures", "{\"expenditureId\": \"ZC-1\", \"amount\": "));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments", "{departmentId: x}"));
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/expenditures", "[1, 2]"));
        refused(400, "INVALID_REQUEST", () -> api.send(HttpMethod.POST, "/api/v1/departments", null,
                MediaType.APPLICATION_JSON, null));
    }

    @Test
    void invalidRequestForAFieldOfTheWrongType() {
        refused(400, "INVALID_REQUEST", () -> spend(body("receptionBatches", "many")));
        refused(400, "INVALID_REQUEST", () -> spend(body("businessDate", "2024-13-45")));
        refused(400, "INVALID_REQUEST", () -> spend(body("procurement", List.of("yes"))));
        refused(400, "INVALID_AMOUNT", () -> spend(body("amount", 12.505)));
        refused(400, "INVALID_REQUEST", () -> appropriate(body("kind", "SOMETHING_ELSE")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments/" + d + "/years", body("year", "next")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments/" + d + "/years/twenty/expenditures", "{}"));
        refused(400, "INVALID_REQUEST", () -> api.get(y + "/events?size=many"));
        refused(400, "INVALID_REQUEST", () -> api.get(y + "?asOf=yesterday"));
        refused(400, "INVALID_REQUEST", () -> api.get(y + "/figures?through=2024-02-30"));
        assertThat(line("executed")).isEqualTo("0.00");
    }

    @Test
    void invalidRequestForAMissingRequiredField() {
        Map<String, Object> noLineId = Recording.expenditureBody(2024, "ZC-X", "L1", "10.00");
        refused(400, "INVALID_REQUEST", () -> appropriate(body("lineId", null)));
        refused(400, "INVALID_REQUEST", () -> appropriate(body("kind", null)));
        noLineId.remove("expenditureId");
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/expenditures", noLineId));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments", body("departmentId", "nameless")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments", body("name", "无编号单位")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments/" + d + "/years", "{}"));
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/close", "{}"));
        rec.expenditure(d, 2024, "ZC-1", "L1", "10.00");
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/expenditures/ZC-1/reversal", body("businessDate", "2024-03-01")));
        assertThat(api.get("/api/v1/departments/nameless").status()).isEqualTo(404);
    }

    @Test
    void invalidRequestForANullInAList() {
        // these reached the domain as a NullPointerException (HTTP 500) before LedgerCommandService refused them
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/establishment",
                "{\"businessDate\": \"2024-12-31\", \"staff\": [null], \"retired\": 0}"));
        refused(400, "INVALID_REQUEST", () -> api.post(y + "/close",
                "{\"closingDate\": \"2024-12-31\", \"carryOverLineIds\": [null]}"));
    }

    /** A path or query value of the wrong type or range is refused in Chinese, with no Java text in the problem. */
    @Test
    void invalidParametersAreNamedInChinese() {
        Api.Response wrongType = refused(400, "INVALID_REQUEST", () -> api.get("/api/v1/departments/" + d + "/years/abc"));
        assertThat(wrongType.json().path("detail").asText()).contains("参数 year", "应为整数")
                .doesNotContain("java.", "Failed to convert");
        refused(400, "INVALID_REQUEST", () -> api.get(y + "/figures?asOf=yesterday"));
    }

    @Test
    void invalidRequestForAnInvalidDepartmentIdOrHashAlgorithm() {
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments", body("departmentId", "Has Spaces", "name", "某单位")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments", body("departmentId", "x".repeat(65), "name", "某单位")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments/" + d + "/years", body("year", 2025, "hashAlgorithm", "MD5")));
        refused(400, "INVALID_REQUEST", () -> api.post("/api/v1/departments/" + d + "/years", body("year", 1999)));
    }

    @Test
    void unsupportedMediaType() {
        refused(415, "UNSUPPORTED_MEDIA_TYPE", () -> api.send(HttpMethod.POST, y + "/expenditures",
                "expenditureId=ZC-1", MediaType.APPLICATION_FORM_URLENCODED, null));
    }

    // ---- classification ----

    @Test
    void unknownFunctionalCode() {
        refused(422, "UNKNOWN_FUNCTIONAL_CODE", () -> appropriate(body("functionalCode", "2999999")));
        refused(422, "UNKNOWN_FUNCTIONAL_CODE", () -> appropriate(body("functionalCode", "20132")));
        refused(422, "UNKNOWN_FUNCTIONAL_CODE", () -> appropriate(body("functionalCode", null)));
        // the refusal names the year's nearest known codes, same 款 first
        assertThat(refused(422, "UNKNOWN_FUNCTIONAL_CODE", () -> appropriate(body("functionalCode", "2013209")))
                .json().path("detail").asText()).contains("最接近的科目：2013201 行政运行、2013202 一般行政管理事务");
    }

    @Test
    void unknownEconomicCode() {
        assertThat(refused(422, "UNKNOWN_ECONOMIC_CODE", () -> spend(body("economicCode", "30288")))
                .json().path("detail").asText()).contains("最接近的科目：302");
        refused(422, "UNKNOWN_ECONOMIC_CODE", () -> spend(body("economicCode", null)));
        refused(422, "UNKNOWN_ECONOMIC_CODE", () -> appropriate(body("economicCode", "30299x")));
        assertThat(line("executed")).isEqualTo("0.00");
    }

    // ---- departments and years ----

    @Test
    void unknownDepartment() {
        refused(404, "UNKNOWN_DEPARTMENT", () -> api.post("/api/v1/departments/nobody/years", body("year", 2024)));
        refused(404, "UNKNOWN_DEPARTMENT", () -> api.post(yearPath("nobody", 2024) + "/appropriations",
                Recording.appropriationBody(2024, "L1", "1.00")));
        refused(404, "UNKNOWN_DEPARTMENT", () -> api.get("/api/v1/departments/nobody"));
        refused(404, "UNKNOWN_DEPARTMENT", () -> api.get(yearPath("nobody", 2024) + "/events"));
    }

    @Test
    void departmentExists() {
        Api.Response r = refused(409, "DEPARTMENT_EXISTS", () -> api.post("/api/v1/departments",
                body("departmentId", d, "name", "另一个名字")));
        assertThat(r.json().path("detail").asText()).contains(d);
        assertThat(api.get("/api/v1/departments/" + d).json().path("name").asText()).isEqualTo("测试单位" + d);
    }

    @Test
    void yearNotOpen() {
        refused(404, "YEAR_NOT_OPEN", () -> api.post(yearPath(d, 2030) + "/appropriations",
                Recording.appropriationBody(2030, "L1", "1.00")));
        refused(404, "YEAR_NOT_OPEN", () -> api.get(yearPath(d, 2030)));
        refused(404, "YEAR_NOT_OPEN", () -> api.get(yearPath(d, 2030) + "/figures"));
    }

    @Test
    void yearAlreadyOpen() {
        refused(409, "YEAR_ALREADY_OPEN", () -> api.post("/api/v1/departments/" + d + "/years", body("year", 2024)));
    }

    @Test
    void yearClosed() {
        rec.expenditure(d, 2024, "ZC-1", "L1", "10.00");
        api.post(y + "/close", body("closingDate", "2025-01-10")).expect(201);
        refused(409, "YEAR_CLOSED", () -> appropriate(body()));
        refused(409, "YEAR_CLOSED", () -> spend(body()));
        refused(409, "YEAR_CLOSED", () -> api.post(y + "/expenditures/ZC-1/reversal",
                body("reason", "冲销", "businessDate", "2024-12-31")));
        refused(409, "YEAR_CLOSED", () -> api.post(y + "/adjustments", body("lineId", "L1", "direction", "SUPPLEMENT",
                "amount", "1.00", "businessDate", "2024-12-01")));
        refused(409, "YEAR_CLOSED", () -> api.post(y + "/close", body("closingDate", "2025-01-11")));
        assertThat(line("executed")).isEqualTo("10.00");
    }

    // ---- lines, budget, 三公 ----

    @Test
    void unknownLine() {
        refused(422, "UNKNOWN_LINE", () -> spend(body("lineId", "NO-SUCH-LINE")));
        refused(422, "UNKNOWN_LINE", () -> api.post(y + "/adjustments", body("lineId", "NO-SUCH-LINE",
                "direction", "SUPPLEMENT", "amount", "1.00", "businessDate", "2024-03-01")));
        refused(422, "UNKNOWN_LINE", () -> api.post(y + "/close", body("closingDate", "2024-12-31",
                "carryOverLineIds", List.of("NO-SUCH-LINE"))));
    }

    @Test
    void duplicateLine() {
        refused(409, "DUPLICATE_LINE", () -> appropriate(body("lineId", "L1")));
        assertThat(line("full")).isEqualTo("1000.00");
    }

    @Test
    void budgetExceeded() {
        refused(422, "BUDGET_EXCEEDED", () -> spend(body("amount", "1000.01")));
        assertThat(line("available")).isEqualTo("1000.00");
    }

    @Test
    void reductionExceedsAvailable() {
        rec.expenditure(d, 2024, "ZC-1", "L1", "600.00");
        refused(422, "REDUCTION_EXCEEDS_AVAILABLE", () -> api.post(y + "/adjustments", body("lineId", "L1",
                "direction", "REDUCTION", "amount", "400.01", "businessDate", "2024-06-01")));
        rec.appropriation(d, 2024, "L2", "10.00");
        refused(422, "REDUCTION_EXCEEDS_AVAILABLE", () -> api.post(y + "/transfers", body("fromLineId", "L1",
                "toLineId", "L2", "amount", "400.01", "businessDate", "2024-06-01")));
        assertThat(line("full")).isEqualTo("1000.00");
    }

    @Test
    void threePublicLimitExceeded() {
        // 30217 公务接待费 is a 三公 expense: without a limit set, nothing may be spent on it
        refused(422, "THREE_PUBLIC_LIMIT_EXCEEDED", () -> spend(body("economicCode", "30217",
                "receptionBatches", 1, "receptionPersons", 3)));
        api.post(y + "/three-public-limits", body("abroad", "0.00", "vehiclePurchase", "0.00",
                "vehicleOperation", "0.00", "reception", "100.00", "businessDate", "2024-01-05")).expect(201);
        api.post(y + "/expenditures", body("expenditureId", "JD-1", "lineId", "L1", "amount", "60.00",
                "businessDate", "2024-04-01", "economicCode", "30217", "receptionBatches", 1, "receptionPersons", 3))
                .expect(201);
        Api.Response r = refused(422, "THREE_PUBLIC_LIMIT_EXCEEDED", () -> spend(body("expenditureId", "JD-2",
                "amount", "40.01", "economicCode", "30217", "receptionBatches", 1, "receptionPersons", 2)));
        assertThat(r.json().path("detail").asText()).contains("公务接待费");
        // a limit cannot be set below what is already spent
        refused(422, "THREE_PUBLIC_LIMIT_EXCEEDED", () -> api.post(y + "/three-public-limits", body("abroad", "0.00",
                "vehiclePurchase", "0.00", "vehicleOperation", "0.00", "reception", "59.99", "businessDate", "2024-05-01")));
        assertThat(line("executed")).isEqualTo("60.00");
    }

    // ---- expenditures and reversals ----

    @Test
    void unknownExpenditure() {
        refused(422, "UNKNOWN_EXPENDITURE", () -> api.post(y + "/expenditures/NO-SUCH/reversal",
                body("reason", "录入错误", "businessDate", "2024-03-01")));
    }

    @Test
    void alreadyReversed() {
        rec.expenditure(d, 2024, "ZC-1", "L1", "100.00");
        rec.reversal(d, 2024, "ZC-1");
        refused(409, "ALREADY_REVERSED", () -> api.post(y + "/expenditures/ZC-1/reversal",
                body("reason", "再冲一次", "businessDate", "2024-03-11")));
        assertThat(line("executed")).isEqualTo("0.00");
    }

    @Test
    void duplicateExpenditure() {
        rec.expenditure(d, 2024, "ZC-1", "L1", "100.00");
        refused(409, "DUPLICATE_EXPENDITURE", () -> spend(body("expenditureId", "ZC-1")));
        assertThat(line("executed")).isEqualTo("100.00");
    }

    @Test
    void invalidDate() {
        refused(422, "INVALID_DATE", () -> spend(body("businessDate", "2023-06-01")));
        refused(422, "INVALID_DATE", () -> spend(body("businessDate", null)));
        refused(422, "INVALID_DATE", () -> appropriate(body("businessDate", "2025-01-01")));
    }

    @Test
    void closingBeforeYearEnd() {
        refused(422, "CLOSING_BEFORE_YEAR_END", () -> api.post(y + "/close", body("closingDate", "2024-12-30")));
    }

    @Test
    void reversalBeforeItsExpenditure() {
        rec.expenditure(d, 2024, "ZC-1", "L1", "100.00");
        refused(422, "REVERSAL_BEFORE_EXPENDITURE", () -> api.post(y + "/expenditures/ZC-1/reversal",
                body("reason", "录入错误", "businessDate", "2024-01-01")));
        assertThat(line("executed")).isEqualTo("100.00");
    }

    @Test
    void idempotencyConflict() {
        api.post(y + "/expenditures", Recording.expenditureBody(2024, "ZC-1", "L1", "10.00"), "k-1").expect(201);
        refused(409, "IDEMPOTENCY_CONFLICT", () -> api.post(y + "/expenditures",
                Recording.expenditureBody(2024, "ZC-1", "L1", "11.00"), "k-1"));
    }

    // ---- projects and performance ----

    @Test
    void unknownProject() {
        refused(422, "UNKNOWN_PROJECT", () -> appropriate(body("kind", "PROJECT", "projectCode", "NO-SUCH")));
        refused(422, "UNKNOWN_PROJECT", () -> appropriate(body("kind", "PROJECT")));
        refused(422, "UNKNOWN_PROJECT", () -> api.post(y + "/goals", body("projectCode", "NO-SUCH", "goal", "完成培训")));
    }

    @Test
    void duplicateProject() {
        Map<String, Object> project = body("projectCode", "PX-01", "name", "党员教育培训", "category", "SPECIAL");
        api.post(y + "/projects", project).expect(201);
        refused(409, "DUPLICATE_PROJECT", () -> api.post(y + "/projects", project));
    }

    @Test
    void indicatorRefusals() {
        Map<String, Object> indicator = body("indicatorId", "BM-01", "level1", "产出指标", "level2", "数量指标",
                "name", "干部档案电子化", "target", "≥700册", "weight", "5");
        api.post(y + "/indicators", indicator).expect(201);
        refused(409, "DUPLICATE_INDICATOR", () -> api.post(y + "/indicators", indicator));
        refused(422, "INVALID_INDICATOR", () -> api.post(y + "/indicators", body("indicatorId", "BM-02",
                "level1", "产出指标", "level2", "数量指标", "name", "x", "target", "≥1次", "weight", "101")));
        refused(422, "UNKNOWN_INDICATOR", () -> api.post(y + "/indicators/NO-SUCH/outcome", body("actual", "1次")));
        refused(422, "UNIT_MISMATCH", () -> api.post(y + "/indicators/BM-01/outcome", body("actual", "1141份")));

        api.post(y + "/indicators", body("indicatorId", "BM-07", "level1", "产出指标", "level2", "质量指标",
                "name", "安全生产考核", "target", "考核合格", "weight", "10")).expect(201);
        // 达成 scores within [80 %, 100 %] of the weight: 5 of 10 is out of its band
        refused(422, "SCORE_OUT_OF_BAND", () -> api.post(y + "/indicators/BM-07/outcome",
                body("actual", "考核合格", "achievement", "ACHIEVED", "score", "5")));
        api.post(y + "/indicators/BM-07/outcome", body("actual", "考核合格", "achievement", "ACHIEVED", "score", "9"))
                .expect(201);
    }

    // ---- routes ----

    @Test
    void notFoundForAnUnknownRoute() {
        refused(404, "NOT_FOUND", () -> api.get("/api/v1/no-such-thing"));
        refused(404, "NOT_FOUND", () -> api.post("/api/v1/no-such-thing", "{}"));
        refused(404, "NOT_FOUND", () -> api.post(y + "/no-such-resource", "{}"));
        refused(404, "NOT_FOUND", () -> api.post(y + "/expenditures/ZC-1/no-such-action", "{}"));
        // an unknown figure name sends the reader to the project's own list of names
        assertThat(refused(404, "NOT_FOUND", () -> api.get(y + "/figures/no.such.figure/events")).json()
                .path("detail").asText()).contains("no.such.figure").contains("docs/figures.md");
    }

    @Test
    void aGoalsTemplateAndWeightsAreChecked() {
        refused(422, "UNKNOWN_TEMPLATE", () -> api.post(y + "/goals", body("goal", "保障运转",
                "template", "provincial-project-4funds")));
        Api.Response sum = refused(422, "INVALID_WEIGHTS", () -> api.post(y + "/goals", body("goal", "保障运转",
                "weights", Map.of("预算执行", "15"), "weightsReason", "批复")));
        assertThat(sum.json().path("detail").asText()).contains("权重合计为 105，须为 100");
        refused(422, "INVALID_WEIGHTS", () -> api.post(y + "/goals", body("goal", "保障运转",
                "weights", Map.of("预算执行", "20", "满意度", "0"))));
        api.post(y + "/goals", body("goal", "保障运转", "template", "hunan-department-legacy")).expect(201);
    }

    @Test
    void methodNotAllowed() {
        refused(405, "METHOD_NOT_ALLOWED", () -> api.send(HttpMethod.DELETE, "/api/v1/departments", null, null, null));
        refused(405, "METHOD_NOT_ALLOWED", () -> api.send(HttpMethod.PUT, y + "/expenditures",
                Api.json(Recording.expenditureBody(2024, "ZC-1", "L1", "1.00")), MediaType.APPLICATION_JSON, null));
        refused(405, "METHOD_NOT_ALLOWED", () -> api.send(HttpMethod.DELETE, y, null, null, null));
    }

    @Test
    void everyRefusalHasAChineseTitleAndAClientErrorStatus() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.messageZh()).as(code.name()).matches(CJK);
            assertThat(code.status()).as(code.name()).isBetween(400, 499);
        }
    }
}
