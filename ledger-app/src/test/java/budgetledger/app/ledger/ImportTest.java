package budgetledger.app.ledger;

import budgetledger.app.audit.AuditService;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Sql;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The administrator's migration ({@code import FILE}): each line goes through the API's rules, a rejected line is
 * reported with its number and code while the rest is kept — or nothing is kept with all-or-nothing — and the
 * original recorder and recorded time of migrated history are kept as the events' own.
 */
class ImportTest extends PostgresIntegrationTest {
    @Autowired
    Importer importer;
    @Autowired
    AuditService audit;
    @Autowired
    LedgerCommandService commands;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.axonframework.common.caching.Cache ledgerCache;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    org.axonframework.common.transaction.TransactionManager unitTransactions;
    @Autowired
    ImportMetrics metrics;
    @Autowired
    ImportProgress progress;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    static String line(String command, Map<String, Object> fields, String recordedBy, String recordedAt) {
        Map<String, Object> all = body("command", command);
        all.putAll(fields);
        if (recordedBy != null || recordedAt != null) {
            Map<String, Object> auditFields = body("reason", "迁移历史数据");
            if (recordedBy != null) {
                auditFields.put("recordedBy", recordedBy);
            }
            if (recordedAt != null) {
                auditFields.put("recordedAt", recordedAt);
            }
            all.put("audit", auditFields);
        }
        return Api.json(all);
    }

    static String expenditure(String department, String id, String amount, String economicCode,
                                      String recordedBy, String recordedAt) {
        return line("RecordExpenditure", body("departmentId", department, "year", 2024, "expenditureId", id,
                "lineId", "L1", "amount", amount, "businessDate", "2024-02-10", "economicCode", economicCode,
                "payee", "某公司", "voucherNo", "记-" + id), recordedBy, recordedAt);
    }

    static List<String> opening(String department) {
        return List.of(
                line("RegisterDepartment", body("departmentId", department, "name", "迁移单位"), "张三", "2024-01-02T09:00:00+08:00"),
                line("OpenFiscalYear", body("departmentId", department, "year", 2024, "carriedLines", List.of()),
                        "张三", "2024-01-02T09:10:00+08:00"),
                line("RecordAppropriation", body("departmentId", department, "year", 2024, "lineId", "L1",
                        "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201",
                        "amount", "1000.00", "initial", true, "businessDate", "2024-01-05"), "李四", "2024-01-05T10:00:00+08:00"));
    }

    private Path file(List<String> lines) throws IOException {
        Path f = Files.createTempFile(dir, "import", ".jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void eachRejectedLineIsReportedWithItsNumberAndTheRestIsApplied() throws IOException {
        List<String> lines = new java.util.ArrayList<>(opening("imp1"));                                    // 1-3
        lines.add("");                                                                                          // 4
        lines.add(expenditure("imp1", "E0", "10.00", "30288", "王五", "2024-02-09T10:00:00+08:00"));           // 5
        lines.add(expenditure("imp1", "E1", "300.00", "30201", "王五", "2024-02-10T10:00:00+08:00"));          // 6
        lines.add("{\"command\": \"RecordExpenditure\", ");                                                     // 7
        lines.add(expenditure("imp1", "E2", "800.00", "30201", "王五", "2024-02-11T10:00:00+08:00"));          // 8
        lines.add(expenditure("imp1", "E3", "100.00", "30201", "王五", "2024-02-01T10:00:00+08:00"));          // 9
        lines.add(line("DeclareEstablishment", body("departmentId", "imp1", "year", 2024, "businessDate", "2024-12-31",
                "staff", java.util.Arrays.asList((Object) null)), "王五", "2024-02-12T10:00:00+08:00"));         // 10
        lines.add(expenditure("imp1", "E4", "200.00", "30201", null, "2024-03-01T10:00:00+08:00"));           // 11
        lines.add(expenditure("imp1", "E5", "1.00", "30201", "王五", "2999-01-01T00:00:00Z"));                  // 12
        lines.add(line("NoSuchCommand", body("departmentId", "imp1"), null, null));                            // 13
        StringWriter err = new StringWriter();

        Importer.Result result = importer.importFile(file(lines), "admin-test", false, new PrintWriter(err, true));

        assertThat(result.rolledBack()).isFalse();
        assertThat(result.applied()).isEqualTo(5);
        assertThat(result.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code).containsExactly(
                tuple(5L, "UNKNOWN_ECONOMIC_CODE"),
                tuple(7L, "INVALID_REQUEST"),
                tuple(8L, "BUDGET_EXCEEDED"),
                tuple(9L, "RECORDED_TIME_BACKWARDS"),
                tuple(10L, "INVALID_REQUEST"),
                tuple(12L, "INVALID_REQUEST"),
                tuple(13L, "INVALID_REQUEST"));
        assertThat(result.rejected()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
        assertThat(result.rejected().get(3).message()).contains("2024-02-01");
        assertThat(err.toString()).contains("第 5 行被拒绝 [UNKNOWN_ECONOMIC_CODE]").contains("第 9 行被拒绝 [RECORDED_TIME_BACKWARDS]");

        // what was applied: the opening, E1 and E4 — and nothing of the rejected lines
        assertThat(Sql.head(dbUrl, "imp1/2024")).isEqualTo(3);
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'imp1/2024' "
                + "AND convert_from(payload, 'UTF8') LIKE '%\"E%'")).isEqualTo(2);
        Api api = new Api(port);
        JsonNode l1 = api.get("/api/v1/departments/imp1/years/2024").expect(200).json().path("lines").get(0);
        assertThat(l1.path("executed").asText()).isEqualTo("500.00");
        assertThat(l1.path("available").asText()).isEqualTo("500.00");
        assertThat(audit.verify("imp1", null).ok()).isTrue();
    }

    @Test
    void migratedRecorderAndRecordedTimeAreKeptAsTheEventsOwn() throws IOException {
        List<String> lines = new java.util.ArrayList<>(opening("imp3"));
        lines.add(expenditure("imp3", "E1", "300.00", "30201", "王五", "2024-02-10T10:00:00+08:00"));
        lines.add(expenditure("imp3", "E2", "100.00", "30201", null, "2024-02-10T10:00:00+08:00"));
        Importer.Result result = importer.importFile(file(lines), "admin-test", false, new PrintWriter(new StringWriter()));
        assertThat(result.rejected()).isEmpty();
        assertThat(result.applied()).isEqualTo(5);

        // metadata recordedAt and the stored timestamp column both carry the original time
        String meta = Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = 'imp3/2024' AND sequencenumber = 2");
        JsonNode metadata = Api.JSON.readTree(meta);
        assertThat(Instant.parse(metadata.path("recordedAt").asText())).isEqualTo(Instant.parse("2024-02-10T02:00:00Z"));
        assertThat(metadata.path("recordedBy").asText()).isEqualTo("王五");
        String stored = Sql.string(dbUrl, "SELECT \"timestamp\" FROM domainevententry "
                + "WHERE aggregateidentifier = 'imp3/2024' AND sequencenumber = 2");
        assertThat(Instant.parse(stored)).isEqualTo(Instant.parse("2024-02-10T02:00:00Z"));
        // a line without a recorder is recorded as the one who ran the import
        JsonNode e2 = Api.JSON.readTree(Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = 'imp3/2024' AND sequencenumber = 3"));
        assertThat(e2.path("recordedBy").asText()).isEqualTo("admin-test");
        // the department registration keeps its recorder too
        assertThat(Sql.string(dbUrl, "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = 'imp3' AND sequencenumber = 0")).contains("张三");

        // the API shows both, and reads as of a past instant see the history as it was known then
        Api api = new Api(port);
        JsonNode events = api.get("/api/v1/departments/imp3/years/2024/events").expect(200).json().path("items");
        assertThat(events.get(0).path("recordedBy").asText()).isEqualTo("张三");
        assertThat(Instant.parse(events.get(0).path("recordedAt").asText())).isEqualTo(Instant.parse("2024-01-02T01:10:00Z"));
        assertThat(events.get(1).path("recordedBy").asText()).isEqualTo("李四");
        JsonNode asOfJanuary = api.get("/api/v1/departments/imp3/years/2024?asOf=2024-01-31T00:00:00Z").expect(200).json();
        assertThat(asOfJanuary.path("lines").get(0).path("executed").asText()).isEqualTo("0.00");
        JsonNode now = api.get("/api/v1/departments/imp3/years/2024").expect(200).json();
        assertThat(now.path("lines").get(0).path("executed").asText()).isEqualTo("400.00");

        // the signed recorded time and the stored column agree, so the chain verifies
        assertThat(audit.verify("imp3", 2024).breaks()).isEmpty();
    }

    @Test
    void allOrNothingKeepsNothingWhenOneLineIsRejected() throws IOException {
        long before = Sql.events(dbUrl);
        List<String> lines = new java.util.ArrayList<>(opening("imp2"));
        lines.add(expenditure("imp2", "E1", "300.00", "30201", "王五", "2024-02-10T10:00:00+08:00"));
        lines.add(expenditure("imp2", "E2", "900.00", "30201", "王五", "2024-02-11T10:00:00+08:00"));   // 5: over budget
        lines.add(expenditure("imp2", "E3", "100.00", "30201", "王五", "2024-02-12T10:00:00+08:00"));
        StringWriter err = new StringWriter();

        Importer.Result result = importer.importFile(file(lines), "admin-test", true, new PrintWriter(err, true));

        assertThat(result.rolledBack()).isTrue();
        assertThat(result.applied()).isZero();
        assertThat(result.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .containsExactly(tuple(5L, "BUDGET_EXCEEDED"));
        assertThat(err.toString()).contains("第 5 行被拒绝 [BUDGET_EXCEEDED]");
        assertThat(Sql.events(dbUrl)).isEqualTo(before);
        Api api = new Api(port);
        assertThat(api.get("/api/v1/departments/imp2").code()).isEqualTo("UNKNOWN_DEPARTMENT");

        // nothing of the rolled-back attempt lingers (no cached aggregate, no registration): the corrected file applies
        lines.set(4, expenditure("imp2", "E2", "600.00", "30201", "王五", "2024-02-11T10:00:00+08:00"));
        Importer.Result second = importer.importFile(file(lines), "admin-test", true, new PrintWriter(new StringWriter()));
        assertThat(second.rolledBack()).isFalse();
        assertThat(second.rejected()).isEmpty();
        assertThat(second.applied()).isEqualTo(6);
        assertThat(Sql.head(dbUrl, "imp2/2024")).isEqualTo(4);
        assertThat(api.get("/api/v1/departments/imp2/years/2024").json().path("lines").get(0).path("available").asText())
                .isEqualTo("0.00");
        assertThat(audit.verify("imp2", null).ok()).isTrue();
    }

    @Test
    void departmentsOnParallelLanesEndExactlyAsOnOneLane() throws IOException {
        Importer lanes = new Importer(commands, transactions, ledgerCache, directory, unitTransactions, metrics, progress, 4, 3);
        Importer oneLane = new Importer(commands, transactions, ledgerCache, directory, unitTransactions, metrics, progress, 4, 1);

        Importer.Result parallel = lanes.importFile(file(interleaved("lane")), "admin-test", false,
                new PrintWriter(new StringWriter()));
        Importer.Result sequential = oneLane.importFile(file(interleaved("one")), "admin-test", false,
                new PrintWriter(new StringWriter()));

        assertThat(parallel.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .isEqualTo(sequential.rejected().stream().map(r -> tuple(r.line(), r.code())).toList())
                .contains(tuple(10L, "BUDGET_EXCEEDED"), tuple(11L, "RECORDED_TIME_BACKWARDS"),
                        tuple(12L, "UNKNOWN_DEPARTMENT"), tuple(13L, "INVALID_REQUEST"));
        assertThat(parallel.rejected()).isSortedAccordingTo(java.util.Comparator.comparingLong(Importer.Rejection::line));
        assertThat(parallel.applied()).isEqualTo(sequential.applied()).isEqualTo(9 + 3 * 10 + 1);
        for (String d : List.of("a", "b", "c")) {
            String lane = Sql.string(dbUrl, STREAM, "lane-" + d + "/2024").replace("lane-", "one-");
            assertThat(lane).isEqualTo(Sql.string(dbUrl, STREAM, "one-" + d + "/2024"));
            assertThat(audit.verify("lane-" + d, null).ok()).isTrue();
        }
        assertThat(Sql.head(dbUrl, "lane-a/2024")).isEqualTo(11);
    }

    @Test
    void anImportedSubmissionIsComputedAsOfItsStatedMomentAndAWrongTypedScoreIsRefused() throws IOException {
        String asOf = "2024-06-30T00:00:00Z";
        List<String> lines = new java.util.ArrayList<>(opening("imp5"));                                     // 1-3
        // an indicator defined and not yet measured: the year is evaluated, the indicator scores 0
        lines.add(line("DefineIndicator", body("departmentId", "imp5", "year", 2024, "indicatorId", "I1",
                "level1", "产出指标", "level2", "数量指标", "name", "培训期数", "target", "≥4期", "weight", "10"),
                "李四", "2024-01-05T11:00:00+08:00"));                                                          // 4
        lines.add(expenditure("imp5", "E1", "900.00", "30201", "王五", "2024-02-10T10:00:00+08:00"));            // 5
        // recorded after the submission's moment: 10.00 points as of now, but not part of the submission
        lines.add(expenditure("imp5", "E2", "100.00", "30201", "王五", "2024-08-01T10:00:00+08:00"));            // 6
        lines.add(submission("imp5", "98.50", "差", asOf, "2024-08-02T09:00:00+08:00"));                        // 7
        lines.add(submission("imp5", "9.00", "良", asOf, "2024-08-02T09:10:00+08:00"));                         // 8
        lines.add(submission("imp5", "9.0", "差", asOf, "2024-08-02T09:20:00+08:00"));                          // 9
        StringWriter err = new StringWriter();

        Importer.Result result = importer.importFile(file(lines), "admin-test", false, new PrintWriter(err, true));

        assertThat(result.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .containsExactly(tuple(7L, "INVALID_REQUEST"), tuple(8L, "INVALID_REQUEST"));
        assertThat(result.rejected().get(0).message())
                .contains("自评得分与账本计算不符：导入行 98.50，按 2024-06-30T00:00:00Z 的数据计算为 9.00");
        assertThat(result.rejected().get(1).message()).contains("自评等级与账本计算不符：导入行 良").contains("计算为 差");
        assertThat(err.toString()).contains("第 7 行被拒绝 [INVALID_REQUEST]");
        // nothing written for the refused lines: the opening, the indicator, E1, E2 and one submission
        assertThat(Sql.head(dbUrl, "imp5/2024")).isEqualTo(5);

        Api api = new Api(port);
        JsonNode stored = api.get("/api/v1/departments/imp5/years/2024/submissions").expect(200).json();
        assertThat(stored).hasSize(1);
        JsonNode submission = stored.get(0);
        assertThat(submission.path("scoreTotal").asText()).isEqualTo("9.00");
        assertThat(submission.path("grade").asText()).isEqualTo("差");
        assertThat(Instant.parse(submission.path("figuresAsOf").asText())).isEqualTo(Instant.parse(asOf));
        assertThat(submission.path("sequence").asLong()).isEqualTo(5);
        assertThat(submission.path("lastSequence").asLong()).as("E1's position: E2 was recorded after the moment")
                .isEqualTo(3);
        JsonNode then = api.get("/api/v1/departments/imp5/years/2024/figures?asOf=" + asOf).expect(200).json();
        assertThat(submission.path("figuresHash").asText()).isEqualTo(HashChain.digest(HashChain.SHA_256,
                LedgerJson.canonical(then.get("figures")).getBytes(StandardCharsets.UTF_8)));
        assertThat(api.get("/api/v1/departments/imp5/years/2024/figures").expect(200).json()
                .path("figures").path("evaluation.score.total").asText()).isEqualTo("10.00");
    }

    private static String submission(String department, String scoreTotal, String grade, String figuresAsOf,
                                     String recordedAt) {
        return line("SubmitSelfEvaluation", body("departmentId", department, "year", 2024, "scoreTotal", scoreTotal,
                "grade", grade, "figuresAsOf", figuresAsOf), "赵六", recordedAt);
    }

    static final String STREAM = "SELECT string_agg(payloadtype || ' ' || convert_from(payload, 'UTF8'), chr(10) "
            + "ORDER BY sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?";

    /**
     * Three departments' histories interleaved line by line, each with one refusal of the budget and one of time; lines
     * 10-13 are the refusals the lanes must report in file order.
     */
    private static List<String> interleaved(String prefix) {
        List<String> lines = new java.util.ArrayList<>();
        List<String> departments = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        departments.forEach(d -> lines.addAll(opening(d)));                                                     // 1-9
        lines.add(expenditure(prefix + "-a", "X1", "1000.01", "30201", "王五", "2024-02-10T10:00:00+08:00"));    // 10
        lines.add(expenditure(prefix + "-b", "X2", "1.00", "30201", "王五", "2024-01-01T10:00:00+08:00"));      // 11
        lines.add(expenditure(prefix + "-z", "X3", "1.00", "30201", "王五", "2024-02-10T10:00:00+08:00"));      // 12
        lines.add("{\"command\": ");                                                                           // 13
        for (int i = 0; i < 30; i++) {
            String d = departments.get(i % 3);
            lines.add(expenditure(d, "E" + i, "90.00", "30201", "王五",
                    Instant.parse("2024-03-01T00:00:00Z").plusSeconds(60L * i).toString()));
        }
        lines.add(expenditure(prefix + "-c", "X4", "100.00", "30201", "王五", "2024-04-01T10:00:00+08:00"));
        return lines;
    }

    /** 增补科目: the administrator adds a code the shipped catalogue lacks; the year then takes lines on it. */
    @Test
    void anAddedCodeIsRecordedWithItsNameAndSourceAndThenAccepted() throws IOException {
        String doc = "财政部《2024年政府收支分类科目》";
        Map<String, Object> onAddedCode = body("departmentId", "imp9", "year", 2024, "lineId", "L-20208",
                "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC", "functionalCode", "2020801",
                "amount", "50.00", "initial", true, "businessDate", "2024-01-06");
        List<String> lines = new java.util.ArrayList<>(opening("imp9"));                                    // 1-3
        lines.add(line("RecordAppropriation", onAddedCode, null, null));                                       // 4
        lines.add(line("AddClassificationCode", body("departmentId", "imp9", "year", 2024, "kind", "FUNCTIONAL",
                "code", "20208", "name", "国际发展合作", "document", doc), null, null));                        // 5
        lines.add(line("AddClassificationCode", body("departmentId", "imp9", "year", 2024, "kind", "FUNCTIONAL",
                "code", "2020801", "name", "行政运行", "document", doc), null, null));                          // 6
        lines.add(line("RecordAppropriation", onAddedCode, null, null));                                       // 7

        Importer.Result result = importer.importFile(file(lines), "admin-test", false,
                new PrintWriter(new StringWriter(), true));

        assertThat(result.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .containsExactly(tuple(4L, "UNKNOWN_FUNCTIONAL_CODE"));
        assertThat(result.rejected().get(0).message()).contains("最接近的科目：");
        Api api = new Api(port);
        JsonNode events = api.get("/api/v1/departments/imp9/years/2024/events?type=ClassificationCodeAdded")
                .expect(200).json();
        assertThat(events.path("total").asLong()).isEqualTo(2);
        assertThat(events.path("items").get(1).path("payload").path("name").asText()).isEqualTo("行政运行");
        assertThat(events.path("items").get(1).path("payload").path("document").asText()).isEqualTo(doc);
        JsonNode state = api.get("/api/v1/departments/imp9/years/2024").expect(200).json();
        assertThat(state.path("lines").findValuesAsText("functionalCode")).contains("2020801");
    }
}
