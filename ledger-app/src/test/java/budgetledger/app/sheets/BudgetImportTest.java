package budgetledger.app.sheets;

import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static budgetledger.app.sheets.VoucherImportTest.find;
import static budgetledger.app.sheets.VoucherImportTest.refusals;
import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 年初预算 table from a spreadsheet: an XLSX (number, text and formula cells) and a GB18030 CSV, each with
 * deliberately bad rows — an unknown code, a duplicate line, a negative amount, a kind that is none — previewed row by
 * row with nothing written, committed as ordinary appropriations, and imported again with nothing doubled; a changed
 * row is reported under its line. Lines recorded otherwise, the same, count as already there.
 */
@TestPropertySource(properties = "ledger.limits.max-voucher-file=64KB")
class BudgetImportTest extends PostgresIntegrationTest {
    static final String D = "bi-xlsx";
    static final List<String> HEADERS = List.of("支出类型", "资金性质", "功能科目编码", "经济科目编码", "项目名称",
            "年初预算数", "文号");
    @LocalServerPort
    int port;
    @TempDir
    Path dir;
    Api api;

    @BeforeEach
    void ledger() {
        api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            new Recording(api).ledger(D, 2024);
            api.post(Recording.yearPath(D, 2024) + "/projects", body("projectCode", "P-EDU", "name", "党员教育培训",
                    "category", "BUSINESS")).expect(201);
            TestUsers.at(port).create("bi-reviewer", "reviewer-password-1", TestUsers.roles(Role.REVIEWER), List.of(D));
        }
    }

    static List<List<Object>> table() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("基本支出-人员经费", "一般公共预算", "2013201", new BigDecimal("30101"), "", new BigDecimal("600000"),
                "益财预〔2024〕1号"));                                                                          // 2
        rows.add(row("公用经费", "一般公共预算资金", "2013201 行政运行", "30201 办公费", "", "12,000.00", ""));           // 3
        rows.add(row("项目支出", "一般公共预算", "2013202", "", "党员教育培训",
                new VoucherSheetFixture.Formula("30000+5000", new BigDecimal("35000")), ""));                  // 4
        rows.add(row("项目支出", "政府性基金", "2013202", "", "党员教育培训", new BigDecimal("0"), ""));             // 5: 年初 0.00
        rows.add(row("公用经费", "一般公共预算", "2019998", "30201", "", "100.00", ""));                          // 6
        rows.add(row("基本支出-人员经费", "一般公共预算", "2013201", "30101", "", "600000.00", ""));                // 7: row 2 again
        rows.add(row("公用经费", "一般公共预算", "2013202", "30201", "", "-500.00", ""));                         // 8
        rows.add(row("其他支出", "一般公共预算", "2013202", "30201", "", "100.00", ""));                           // 9
        rows.add(row("公用经费", "自有资金", "2013202", "30201", "", "100.00", ""));                              // 10
        rows.add(row("公用经费", "一般公共预算", "2013202", "30298", "", "100.00", ""));                          // 11
        rows.add(row("项目支出", "一般公共预算", "2013202", "", "没有登记的项目", "100.00", ""));                   // 12
        rows.add(row("公用经费", "一般公共预算", "2013202", "30211", "", "", ""));                                // 13
        return rows;
    }

    static final Map<Long, String> BAD = new TreeMap<>(Map.of(6L, "UNKNOWN_FUNCTIONAL_CODE", 7L, "DUPLICATE_ROW",
            8L, "INVALID_AMOUNT", 9L, "INVALID_KIND", 10L, "INVALID_FUND_NATURE", 11L, "UNKNOWN_ECONOMIC_CODE",
            12L, "UNKNOWN_PROJECT", 13L, "MISSING_FIELD"));

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    @Test
    void anXlsxTableIsPreviewedRowByRowCommittedAndReimportedWithoutDoubling() throws Exception {
        Path xlsx = dir.resolve("年初预算.xlsx");
        List<List<Object>> rows = table();
        VoucherSheetFixture.writeXlsx(xlsx, HEADERS, rows);

        JsonNode preview = upload("mode=preview", xlsx).expect(200).json();
        assertThat(preview.path("rows").asLong()).isEqualTo(12);
        assertThat(preview.path("accepted").asLong()).isEqualTo(4);
        assertThat(refusals(preview)).isEqualTo(BAD);
        assertThat(find(preview, 7).path("message").asText()).contains("与第 2 行是同一预算指标");
        assertThat(find(preview, 7).path("lineId").asText()).isEqualTo("YS-RY-2013201-30101");
        assertThat(find(preview, 8).path("message").asText()).contains("年初预算数不能为负数");
        assertThat(find(preview, 9).path("message").asText()).contains("支出类型“其他支出”无法识别");
        assertThat(find(preview, 9).path("lineId").asText()).as("refused before its id: named by its codes")
                .isEqualTo("2013202 30201");
        assertThat(find(preview, 6).path("message").asText()).contains("功能分类科目在本年度科目表中不存在");
        assertThat(find(preview, 12).path("message").asText()).contains("没有名为“没有登记的项目”的已登记项目");
        assertThat(initialBudget()).as("a preview writes nothing").isEqualByComparingTo("0");

        JsonNode commit = upload("mode=commit", xlsx).expect(200).json();
        assertThat(commit.path("recorded").asLong()).isEqualTo(4);
        assertThat(refusals(commit)).isEqualTo(BAD);
        // the formula cell counts at its cached 35,000.00; the 年初 0.00 line is a line all the same
        assertThat(initialBudget()).isEqualByComparingTo("647000.00");
        JsonNode lines = api.get(Recording.yearPath(D, 2024)).json();
        assertThat(lines.toString()).contains("YS-XM-2013202-P-EDU-govFund").contains("YS-GY-2013201-30201");
        long events = eventCount();

        JsonNode again = upload("mode=commit", xlsx).expect(200).json();
        assertThat(again.path("recorded").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(4);
        assertThat(refusals(again)).isEqualTo(BAD);
        assertThat(eventCount()).isEqualTo(events);

        // row 3's amount changed after it was imported: reported under its line, nothing doubled
        rows.get(1).set(5, "13,000.00");
        VoucherSheetFixture.writeXlsx(xlsx, HEADERS, rows);
        JsonNode changed = upload("mode=commit", xlsx).expect(200).json();
        Map<Long, String> expected = new TreeMap<>(BAD);
        expected.put(3L, "LINE_CHANGED");
        assertThat(refusals(changed)).isEqualTo(expected);
        assertThat(find(changed, 3).path("message").asText()).startsWith("预算指标已存在但内容不同");
        assertThat(initialBudget()).isEqualByComparingTo("647000.00");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aGb18030CsvWithItsOwnHeadersAndLineIdsAgainstLinesRecordedOtherwise() throws Exception {
        String d = "bi-csv";
        new Recording(api).ledger(d, 2024);
        // recorded through the API before the table arrived: one as the table has it, one with another amount
        api.post(Recording.yearPath(d, 2024) + "/appropriations", body("lineId", "GB-7", "kind", "BASIC_PUBLIC",
                "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201", "economicCode", "30201", "amount", "800.00",
                "initial", true, "businessDate", "2024-01-01")).expect(201);
        api.post(Recording.yearPath(d, 2024) + "/appropriations", body("lineId", "GB-8", "kind", "BASIC_PUBLIC",
                "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201", "economicCode", "30211", "amount", "1.00",
                "initial", true, "businessDate", "2024-01-01")).expect(201);
        String csv = """
                指标编号,经费性质,资金性质,功能分类科目,部门经济分类科目,项目编码,预算类别说明,年初预算数（元）\r
                GB-1,人员经费,一般公共预算,2080505,30108,,养老保险,"1,045,000.00"\r
                GB-2,公用经费,一般公共预算,2013201,30201,,,0.00\r
                GB-1,公用经费,一般公共预算,2013201,30211,,重复编号,5.00\r
                GB-3,项目支出,一般公共预算,2013201,,,缺项目,100.00\r
                GB-4,人员经费,一般公共预算,2013201,30101,P-X,基本支出带项目,100.00\r
                GB-5,基本支出,一般公共预算,2013201,30101,,不明类型,100.00\r
                GB-6,公用经费,一般公共预算,2013201,30201,,负数,-1.00\r
                GB-7,公用经费,一般公共预算,2013201,30201,,已由表单下达,800.00\r
                GB-8,公用经费,一般公共预算,2013201,30211,,表单下达金额不同,900.00\r
                """;
        Path gb = dir.resolve("预算-gb.csv");
        Files.write(gb, csv.getBytes(Charset.forName("GB18030")));
        assertThat(new String(Files.readAllBytes(gb), StandardCharsets.UTF_8)).as("really not UTF-8").contains("\uFFFD");

        JsonNode preview = Upload.sheet(port, OPERATOR, d, 2024, "appropriations", "mode=preview", gb, null)
                .expect(200).json();
        Map<Long, String> bad = new TreeMap<>(Map.of(4L, "DUPLICATE_ROW", 5L, "UNKNOWN_PROJECT", 6L, "INVALID_REQUEST",
                7L, "INVALID_KIND", 8L, "INVALID_AMOUNT", 10L, "LINE_CHANGED"));
        assertThat(refusals(preview)).isEqualTo(bad);
        assertThat(preview.path("accepted").asLong()).isEqualTo(2);
        assertThat(preview.path("duplicates").asLong()).as("GB-7 is there already, the same").isEqualTo(1);
        assertThat(find(preview, 4).path("message").asText()).contains("与第 2 行是同一预算指标 GB-1");
        assertThat(find(preview, 6).path("message").asText()).contains("基本支出指标不能指明项目");

        JsonNode commit = Upload.sheet(port, OPERATOR, d, 2024, "appropriations", "mode=commit", gb, null)
                .expect(200).json();
        assertThat(commit.path("recorded").asLong()).isEqualTo(2);
        assertThat(new BigDecimal(api.get(Recording.yearPath(d, 2024) + "/figures").json().path("figures")
                .path("budget.initial").asText())).isEqualByComparingTo("1045801.00");
        JsonNode again = Upload.sheet(port, OPERATOR, d, 2024, "appropriations", "mode=commit", gb, null)
                .expect(200).json();
        assertThat(again.path("recorded").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(3);
    }

    @Test
    void unknownHeadersWaitForAMappingRememberedForBudgetTablesOnly() throws Exception {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "支出类型,资金性质,功能科目编码,下达金额\r\n公用经费,一般公共预算,2013202,10.00\r\n");
        Api.Response unknown = Upload.sheet(port, OPERATOR, D, 2024, "appropriations", "mode=preview", csv, null);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("code").asText()).isEqualTo("UNKNOWN_COLUMNS");
        assertThat(unknown.json().path("missing").toString()).isEqualTo("[\"amount\"]");
        assertThat(unknown.json().path("fields").toString()).contains("fundNature").doesNotContain("voucherNo");
        JsonNode mapped = Upload.sheet(port, OPERATOR, D, 2024, "appropriations", "mode=preview", csv,
                "{\"下达金额\":\"amount\"}").expect(200).json();
        assertThat(mapped.path("accepted").asLong()).isEqualTo(1);
        // remembered for the department's budget tables: the next one needs no mapping
        assertThat(Upload.sheet(port, OPERATOR, D, 2024, "appropriations", "mode=preview", csv, null).status())
                .isEqualTo(200);
    }

    @Test
    void aReviewerImportsNoBudgetAndAFileOverTheLimitIsRefusedWhole() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, VoucherSheetFixture.csv(HEADERS, table()));
        Api.Response refused = Upload.sheet(port, "bi-reviewer", D, 2024, "appropriations", "mode=preview", csv, null);
        assertThat(refused.status()).isEqualTo(403);

        Path big = dir.resolve("big.csv");
        StringBuilder text = new StringBuilder(String.join(",", HEADERS)).append("\r\n");
        while (text.length() < 70_000) {
            text.append("公用经费,一般公共预算,2013202,30201,,1.00,\r\n");
        }
        Files.writeString(big, text);
        Api.Response tooLarge = Upload.sheet(port, OPERATOR, D, 2024, "appropriations", "mode=preview", big, null);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("code").asText()).isEqualTo("FILE_TOO_LARGE");
    }

    private Api.Response upload(String query, Path file) throws Exception {
        return Upload.sheet(port, OPERATOR, D, 2024, "appropriations", query, file, null);
    }

    private BigDecimal initialBudget() {
        return new BigDecimal(api.get(Recording.yearPath(D, 2024) + "/figures").json()
                .path("figures").path("budget.initial").asText("0"));
    }

    private long eventCount() {
        return api.get(Recording.yearPath(D, 2024) + "/events?size=1").json().path("total").asLong();
    }
}
