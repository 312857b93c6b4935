package budgetledger.app.sheets;

import budgetledger.app.ledger.Importer;
import budgetledger.app.seed.SeedFiles;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget-line and 决算 exports of the seed (中共益阳市委组织部 2024) as submitted: every exported amount is the
 * figure the report computes at that moment (and the 2024 report's printed 全年预算 1,860.75万元); an earlier moment
 * exports that moment's numbers; a code name that looks like a formula is neutralised; bad parameters are problems.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetExportsTest extends PostgresIntegrationTest {
    static final String SEED = "yiyang-zzb";
    static final String SUBMITTED = "2025-04-15T15:59:59Z";
    static final String MID_YEAR = "2024-06-30T15:59:59Z";
    static final String INJECT = "xp-inject";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"点我\")";
    @LocalServerPort
    int port;
    @Autowired
    Importer importer;
    Api api;

    @BeforeAll
    void seedAndAFormulaLikeCodeName() throws Exception {
        SeedFiles.importEveryLine(importer, SeedFiles.find("datasets/yiyang-zzb.jsonl"));
        api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(INJECT, 2024);
        // an administrator's 增补科目 whose name a spreadsheet would take for a formula
        Path line = Files.createTempFile("add-code", ".jsonl");
        Files.writeString(line, "{\"command\":\"AddClassificationCode\",\"departmentId\":\"" + INJECT + "\",\"year\":2024,"
                + "\"kind\":\"FUNCTIONAL\",\"code\":\"2013298\",\"name\":" + Api.JSON.writeValueAsString(FORMULA_NAME)
                + ",\"document\":\"测试文件\"}\n");
        SeedFiles.importEveryLine(importer, line);
        Files.delete(line);
        api.post(Recording.yearPath(INJECT, 2024) + "/appropriations", body("lineId", "L1", "kind", "BASIC_PUBLIC",
                "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013298", "amount", "1000.00", "initial", true,
                "businessDate", "2024-01-05")).expect(201);
        rec.expenditure(INJECT, 2024, "E1", "L1", "100.00");
    }

    @Test
    void everyFinalAccountsAmountIsTheFigureTheReportComputes() throws Exception {
        Map<String, String> figures = figures(SUBMITTED);
        assertThat(figures).containsEntry("budget.full", "18607500.00");
        int compared = 0;
        for (String table : List.of("summary", "functional", "economic", "three-public")) {
            List<List<String>> rows = csv(export("final-accounts", "csv", SUBMITTED, table));
            List<String> header = rows.get(0);
            int value = header.indexOf("决算数");
            int name = header.indexOf("决算数指标名");
            assertThat(rows).as(table).hasSizeGreaterThan(2);
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row.get(value)).as(table + " " + row).isEqualTo(plain(figures.get(row.get(name))));
                compared++;
            }
        }
        List<List<String>> summary = csv(export("final-accounts", "csv", SUBMITTED, "summary"));
        assertThat(row(summary, "本年支出合计")).containsSequence("18607500.00", figures.get("expenditure.total"));
        List<List<String>> functional = csv(export("final-accounts", "csv", SUBMITTED, "functional"));
        assertThat(functional.stream().skip(2).map(r -> "expenditure.function." + r.get(0)).toList())
                .containsExactlyInAnyOrderElementsOf(figures.keySet().stream()
                        .filter(k -> k.startsWith("expenditure.function.")).toList());
        List<List<String>> all = csv(export("final-accounts", "csv", SUBMITTED, "figures"));
        assertThat(all).hasSize(figures.size() + 1);
        for (List<String> row : all.subList(1, all.size())) {
            assertThat(row.get(2)).as(row.get(0)).isEqualTo(plain(figures.get(row.get(0))));
        }
        assertThat(compared).isGreaterThan(30);
    }

    @Test
    void theXlsxHoldsEveryTableAsASheetOfNumbers() throws Exception {
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, path("final-accounts", "xlsx", SUBMITTED, null));
        assertThat(r.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(FinalAccounts.Table.values().length);
            XSSFSheet threePublic = book.getSheet("三公经费支出决算表");
            assertThat(threePublic.getRow(1).getCell(0).getStringCellValue()).isEqualTo("“三公”经费合计");
            assertThat(BigDecimal.valueOf(threePublic.getRow(1).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(figures(SUBMITTED).get("threePublic.total.actual"));
        }
    }

    @Test
    void budgetLinesAddUpToTheKeyFiguresAtEachMoment() throws Exception {
        for (String asOf : List.of(SUBMITTED, MID_YEAR)) {
            Map<String, String> figures = figures(asOf);
            List<List<String>> rows = csv(export("budget-lines", "csv", asOf, null));
            assertThat(rows.get(0)).containsExactlyElementsOf(BudgetLinesExport.HEADERS);
            List<String> total = rows.get(rows.size() - 1);
            assertThat(total.get(0)).isEqualTo("合计");
            assertThat(total.subList(9, 14)).as(asOf).containsExactly(figures.get("budget.initial"),
                    money(figures.get("budget.full"), "-", figures.get("budget.initial")), figures.get("budget.full"),
                    figures.get("expenditure.total"), figures.get("budget.unspent"));
            int lines = api.get("/api/v1/departments/" + SEED + "/years/2024?asOf=" + asOf).expect(200).json()
                    .path("lines").size();
            assertThat(rows).hasSize(lines + 2);
            for (List<String> line : rows.subList(1, rows.size() - 1)) {
                assertThat(money(line.get(9), "+", line.get(10))).as(line.get(0)).isEqualTo(line.get(11));
                assertThat(money(line.get(11), "-", line.get(12))).as(line.get(0)).isEqualTo(line.get(13));
            }
        }
        assertThat(figures(MID_YEAR).get("expenditure.total")).isNotEqualTo(figures(SUBMITTED).get("expenditure.total"));
    }

    @Test
    void aFormulaLikeCodeNameIsNeutralisedInEveryFormat() throws Exception {
        String lines = Download.text(Download.get(port, OPERATOR, "/api/v1/departments/" + INJECT
                + "/years/2024/exports/budget-lines?format=csv"));
        assertThat(lines).contains("2013298,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"").doesNotContain(",=HYPERLINK");
        String functional = Download.text(Download.get(port, OPERATOR, "/api/v1/departments/" + INJECT
                + "/years/2024/exports/final-accounts?format=csv&table=functional"));
        assertThat(functional).contains("'=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        byte[] xlsx = Download.get(port, OPERATOR, "/api/v1/departments/" + INJECT
                + "/years/2024/exports/budget-lines?format=xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("'" + FORMULA_NAME);
        }
    }

    @Test
    void badParametersAreProblemsInChineseAndWriteNothing() throws Exception {
        String base = "/api/v1/departments/" + SEED + "/years/2024/exports/";
        assertProblem(base + "final-accounts?format=csv&table=bogus", 400, "没有名为“bogus”的决算表");
        assertProblem(base + "budget-lines?format=pdf", 400, "导出格式须为 csv 或 xlsx");
        assertProblem(base + "final-accounts?format=xlsx&asOf=yesterday", 400, "asOf");
        assertProblem("/api/v1/departments/no-such/years/2024/exports/budget-lines", 404, "UNKNOWN_DEPARTMENT");
        assertProblem("/api/v1/departments/no-such/years/2024/exports/final-accounts", 404, "UNKNOWN_DEPARTMENT");
    }

    private void assertProblem(String path, int status, String text) throws Exception {
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(Download.text(r)).contains(text);
    }

    private Map<String, String> figures(String asOf) {
        JsonNode json = api.get("/api/v1/departments/" + SEED + "/years/2024/figures?asOf=" + asOf).expect(200)
                .json().path("figures");
        Map<String, String> out = new TreeMap<>();
        json.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        return out;
    }

    /** A figure as the export writes it: the printed value, a count as its digits, null as empty. */
    private static String plain(String figure) {
        return figure == null ? "" : figure;
    }

    private static String money(String a, String op, String b) {
        BigDecimal x = new BigDecimal(a);
        return (op.equals("+") ? x.add(new BigDecimal(b)) : x.subtract(new BigDecimal(b))).toPlainString();
    }

    private static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow();
    }

    private String export(String what, String format, String asOf, String table) throws Exception {
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, path(what, format, asOf, table));
        assertThat(r.statusCode()).as(Download.text(r)).isEqualTo(200);
        return Download.text(r);
    }

    private static String path(String what, String format, String asOf, String table) {
        return "/api/v1/departments/" + SEED + "/years/2024/exports/" + what + "?format=" + format
                + (asOf == null ? "" : "&asOf=" + asOf) + (table == null ? "" : "&table=" + table);
    }

    /** RFC 4180 as the export writes it: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return rows;
    }
}
