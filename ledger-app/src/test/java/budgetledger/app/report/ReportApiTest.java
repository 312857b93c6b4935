package budgetledger.app.report;

import budgetledger.app.cli.LedgerCli;
import budgetledger.app.ledger.Importer;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report over HTTP and from the CLI, on the seed dataset imported into PostgreSQL, as of the day the
 * self-evaluation was signed: each format with its content type and disposition, its numbers those of the figures
 * endpoint, and the API's problem details for what cannot be served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest extends PostgresIntegrationTest {
    private static final String AS_OF = "2025-04-15T23:59:59+08:00";
    private static final String REPORT = "/api/v1/departments/yiyang-zzb/years/2024/report";

    @Autowired
    Importer importer;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void importSeed() throws Exception {
        StringWriter err = new StringWriter();
        Importer.Result result = importer.importFile(dataset(), "admin", false, new PrintWriter(err));
        assertThat(result.rejected()).as(err.toString()).isEmpty();
    }

    @Test
    void htmlIsThePrintablePageWithTheFiguresOfTheFiguresEndpoint() throws Exception {
        HttpResponse<byte[]> r = get(REPORT + "?format=html&asOf=" + enc(AS_OF));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").contains("UTF-8");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline")
                .contains(".html");
        String html = new String(r.body(), StandardCharsets.UTF_8);
        JsonNode figures = new ObjectMapper().readTree(get("/api/v1/departments/yiyang-zzb/years/2024/figures?asOf="
                + enc(AS_OF)).body()).get("figures");
        assertThat(figures.get("evaluation.score.total").asText()).isEqualTo("99.66");
        assertThat(html).contains("<h2>一、单位基本情况</h2>", "data-figure=\"evaluation.score.total\">"
                        + figures.get("evaluation.score.total").asText() + "<",
                "data-figure=\"expenditure.total\">1796.78<", "data-figure=\"threePublic.total.actual\">14.26<");
    }

    @Test
    void xlsxDownloadsTheAttachmentFormsWithNumericAmounts() throws Exception {
        HttpResponse<byte[]> r = get(REPORT + "?format=xlsx&asOf=" + enc(AS_OF));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("filename*=UTF-8''yiyang-zzb-2024-");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("附件1");
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(numbersAfter(wb.getSheet("附件2"), "年度资金总额"))
                    .containsExactly(1286.78, 1860.75, 1796.78, 10.0, 0.9656, 9.66);
        }
    }

    @Test
    void pdfOpensInTheBrowserWithChineseText() throws Exception {
        HttpResponse<byte[]> r = get(REPORT + "?format=pdf&asOf=" + enc(AS_OF));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertThat(pdfText(r.body())).contains("一、单位基本情况", "附件2", "部门整体支出绩效自评表", "99.66", "1796.78")
                .doesNotContain("\uFFFD");
    }

    @Test
    void markdownIsText() throws Exception {
        HttpResponse<byte[]> r = get(REPORT + "?format=md&asOf=" + enc(AS_OF));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("## 一、单位基本情况", "## 附件3-3 ");
    }

    @Test
    void whatCannotBeServedIsAProblem() throws Exception {
        JsonNode format = problem(get(REPORT + "?format=docx"), 400);
        assertThat(format.get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(format.get("detail").asText()).contains("docx");
        assertThat(problem(get("/api/v1/departments/nobody/years/2024/report"), 404).get("code").asText())
                .isEqualTo("UNKNOWN_DEPARTMENT");
        assertThat(problem(get("/api/v1/departments/yiyang-zzb/years/2019/report"), 404).get("code").asText())
                .isEqualTo("YEAR_NOT_OPEN");
        assertThat(problem(get(REPORT + "?asOf=yesterday"), 400).get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(problem(get(REPORT + "?through=31.12.2024"), 400).get("code").asText()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void theCliWritesTheReportToAFile(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        assertThat(cli("report", "--department", "yiyang-zzb", "--year", "2024", "--format", "pdf", "--out",
                pdf.toString(), "--as-of", AS_OF)).isZero();
        assertThat(pdfText(Files.readAllBytes(pdf))).contains("整体支出绩效自评报告", "附件3-1", "99.66");
        Path xlsx = dir.resolve("out/report.xlsx");
        assertThat(cli("report", "--department", "yiyang-zzb", "--year", "2024", "--format", "xlsx", "--out",
                xlsx.toString(), "--as-of", AS_OF)).isZero();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(numbersAfter(wb.getSheet("附件1"), "三公经费")).containsExactly(16.13, 22.0, 14.26);
        }
        assertThat(cli("report", "--department", "yiyang-zzb", "--year", "2024", "--format", "xlsx")).isEqualTo(2);
        assertThat(cli("report", "--department", "yiyang-zzb", "--year", "2024", "--format", "docx")).isEqualTo(2);
    }

    @Test
    void theReportRebuiltFromAnExportAloneIsTheDatabasesReport(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("yiyang-zzb.jsonl");
        assertThat(cli("export-events", "--department", "yiyang-zzb", "--out", export.toString())).isZero();
        Path fromExport = dir.resolve("from-export.md");
        assertThat(cli("report", "--from-export", export.toString(), "--department", "yiyang-zzb", "--year", "2024",
                "--format", "md", "--out", fromExport.toString(), "--as-of", AS_OF)).isZero();
        HttpResponse<byte[]> fromDatabase = get(REPORT + "?format=md&asOf=" + enc(AS_OF));
        assertThat(Files.readString(fromExport)).isEqualTo(new String(fromDatabase.body(), StandardCharsets.UTF_8));
    }

    // ---- helpers ----

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + TestUsers.at(port).token(TestUsers.OPERATOR)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode problem(HttpResponse<byte[]> r, int status) throws Exception {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("json");
        return new ObjectMapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The numeric cells after the cell holding {@code label}, in its row. */
    private static List<Double> numbersAfter(Sheet sheet, String label) {
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

    private int cli(String... args) {
        String previous = System.getProperty("spring.datasource.url");
        System.setProperty("spring.datasource.url", dbUrl);
        try {
            return LedgerCli.run(args);
        } finally {
            if (previous == null) {
                System.clearProperty("spring.datasource.url");
            } else {
                System.setProperty("spring.datasource.url", previous);
            }
        }
    }

    private static Path dataset() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("datasets/yiyang-zzb.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("datasets/yiyang-zzb.jsonl not found");
    }
}
