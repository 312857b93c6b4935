package budgetledger.app.seed;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.Importer;
import budgetledger.app.report.ReportService;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.TestUsers;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.report.ReportFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * datasets/examples/provincial-project.jsonl on the real store: a project evaluated on a provincial 项目支出绩效自评表
 * (template provincial-project-4funds: 预算执行 10, 产出 60, 效益 30, no 满意度; fund rows 财政资金 / 财政专户管理
 * 资金 / 单位资金 / 其他资金), its indicators written in the form's columns (指标性质 =, 指标值 100, 度量单位 %),
 * scored and printed on its own as the project's report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialProjectExampleTest extends PostgresIntegrationTest {
    static final Path DATASET = SeedFiles.find("datasets/examples/provincial-project.jsonl");
    private static final String PROJECT_REPORT = "/api/v1/departments/provincial-demo/years/2024/projects/SJ-01/report";

    @Autowired
    Importer importer;
    @Autowired
    FiguresService figures;
    @Autowired
    ReportService reports;
    @LocalServerPort
    int port;

    private ProjectFigures project;

    @BeforeAll
    void importTheExample() throws Exception {
        SeedFiles.importEveryLine(importer, DATASET);
        FiguresDocument doc = figures.replayed("provincial-demo", 2024, null, null);
        project = doc.projects().get(0);
    }

    @Test
    void theProjectIsScoredAtTheProvincialWeights() {
        // 95 of 100万元 executed: 9.50; 20 + 20 + 93 ÷ 95 × 20 = 19.58; 14 (定性) + 15: 98.08, 优
        assertThat(project.figures()).containsEntry("budget.full", "1000000.00")
                .containsEntry("executed", "950000.00")
                .containsEntry("score.execution", "9.50")
                .containsEntry("score.output", "59.58")
                .containsEntry("score.outcome", "29.00")
                .containsEntry("score.satisfaction", "0.00")
                .containsEntry("score.total", "98.08")
                .containsEntry("grade", "优");
        assertThat(project.indicators()).extracting(IndicatorRow::name, IndicatorRow::operator, IndicatorRow::targetValue,
                IndicatorRow::unit, IndicatorRow::actual, IndicatorRow::score).contains(
                tuple("补助资金发放准确率", "=", "100", "%", "100%", "20"),
                tuple("资金按时拨付率", "≥", "95", "%", "93%", "19.58"),
                tuple("群众投诉率", "≤", "2", "%", "1.5%", "15"));
    }

    @Test
    void itsFormPrintsTheFourFundRowsAndTheTemplatesWeights() throws Exception {
        byte[] xlsx = reports.render(reports.projectReport("provincial-demo", 2024, "SJ-01", null, null),
                ReportFormat.XLSX).bytes();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet form = wb.getSheetAt(0);
            assertThat(numbersAfter(form, "年度资金总额")).containsExactly(100.0, 100.0, 95.0, 10.0, 0.95, 9.5);
            assertThat(numbersAfter(form, "其中：财政资金")).containsExactly(80.0, 80.0, 76.0);
            assertThat(numbersAfter(form, "财政专户管理资金")).isEmpty(); // money the ledger does not record apart
            assertThat(numbersAfter(form, "单位资金")).isEmpty();
            assertThat(numbersAfter(form, "其他资金")).containsExactly(20.0, 20.0, 19.0);
            assertThat(numbersAfter(form, "总分")).containsExactly(100.0, 98.08);
        }
        String md = new String(reports.render(reports.projectReport("provincial-demo", 2024, "SJ-01", null, null),
                ReportFormat.MD).bytes(), StandardCharsets.UTF_8);
        assertThat(md).contains("产出指标（60分）", "效益指标（30分）", "| 补助资金发放准确率 | = | 100 | % | 100% | 20 | 20 |")
                .contains("本项目各部分权重：预算执行 10、产出 60、效益 30").doesNotContain("满意度指标（");
    }

    @Test
    void theProjectReportDownloadsInTheFourFormats() throws Exception {
        for (ReportFormat f : ReportFormat.values()) {
            HttpResponse<byte[]> r = get(PROJECT_REPORT + "?format=" + f.key());
            assertThat(r.statusCode()).as(f.key()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(f.mediaType().split(";")[0]);
            assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("provincial-demo-2024-SJ-01-").contains("." + f.key());
        }
        assertThat(new String(get(PROJECT_REPORT + "?format=html").body(), StandardCharsets.UTF_8))
                .contains("村级公共服务运行补助", "项目支出绩效自评报告", "98.08", "等级为“优”");
    }

    @Test
    void theCliPrintsTheProjectReportOnItsOwn(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("sj-01.md");
        assertThat(cli("report", "--department", "provincial-demo", "--year", "2024", "--project", "SJ-01",
                "--format", "md", "--out", md.toString())).isZero();
        assertThat(Files.readString(md)).contains("项目支出绩效自评报告", "其中：财政资金", "98.08")
                .doesNotContain("部门整体支出绩效自评表");
        assertThat(cli("report", "--department", "provincial-demo", "--year", "2024", "--project", "NOPE",
                "--format", "md")).isEqualTo(2);
        assertThat(cli("report", "--department", "provincial-demo", "--year", "2024", "--project", "SJ-01"))
                .as("--project with the figures-json default").isEqualTo(2);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + TestUsers.at(port).token(TestUsers.OPERATOR)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private int cli(String... args) {
        String previous = System.getProperty("spring.datasource.url");
        System.setProperty("spring.datasource.url", dbUrl);
        try {
            return budgetledger.app.cli.LedgerCli.run(args);
        } finally {
            if (previous == null) {
                System.clearProperty("spring.datasource.url");
            } else {
                System.setProperty("spring.datasource.url", previous);
            }
        }
    }

    @Test
    void anUnknownProjectIsAProblemNotAnError() {
        Api.Response r = new Api(port).get("/api/v1/departments/provincial-demo/years/2024/projects/NOPE/report");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("UNKNOWN_PROJECT");
        assertThat(r.json().path("detail").asText()).contains("NOPE");
    }

    @Test
    void aSatisfactionIndicatorOnThisFormIsRefusedAndNothingIsStored() {
        long stored = budgetledger.app.support.Sql.events(dbUrl);
        Api.Response r = new Api(port).post("/api/v1/departments/provincial-demo/years/2024/indicators",
                Api.body("indicatorId", "SJ-S1", "projectCode", "SJ-01", "level1", "满意度指标",
                        "level2", "服务对象满意度指标", "name", "受益群众满意度", "target", "≥90%", "weight", "10"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("PART_NOT_IN_TEMPLATE");
        assertThat(r.json().path("title").asText()).startsWith("一级指标不属于");
        assertThat(r.json().path("detail").asText())
                .contains("一级指标“满意度指标”不在评价模板 provincial-project-4funds", "产出、效益");
        assertThat(budgetledger.app.support.Sql.events(dbUrl)).isEqualTo(stored);
        // the example's own parts add up to the form's 60 / 30: no note under its form
        assertThat(project.partFindings()).isEmpty();
    }

    /** The numeric cells after the cell holding {@code label}, in its row. */
    static List<Double> numbersAfter(Sheet sheet, String label) {
        for (Row row : sheet) {
            List<Double> numbers = new ArrayList<>();
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (!found) {
                    found = c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && label.equals(c.getStringCellValue());
                } else if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    numbers.add(c.getNumericCellValue());
                }
            }
            if (found) {
                return numbers;
            }
        }
        throw new AssertionError(sheet.getSheetName() + ": no row " + label);
    }
}
