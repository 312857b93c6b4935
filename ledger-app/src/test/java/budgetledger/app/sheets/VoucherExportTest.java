package budgetledger.app.sheets;

import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voucher export: the year's vouchers under the import's headers, reversed ones marked, as of a moment; formula
 * text neutralised in CSV and XLSX alike; amounts exact numbers; and the exported file previews clean in another
 * department-year with the same lines.
 */
class VoucherExportTest extends PostgresIntegrationTest {
    static final String D = "vx-src";
    static final String FRESH = "vx-copy";
    static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    static Instant beforeThird;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;
    Api api;

    @BeforeEach
    void ledger() throws Exception {
        api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            Recording rec = new Recording(api);
            rec.ledger(D, 2024);
            rec.appropriation(D, 2024, "F1", "100000.00");
            rec.ledger(FRESH, 2024);
            rec.appropriation(FRESH, 2024, "F1", "100000.00");
            expenditure("E1", "1234.56", HYPERLINK, "办公用品");
            expenditure("E2", "0.10", "@SUM(A1)", "-退款差额");
            Thread.sleep(20);
            beforeThird = Instant.now();
            Thread.sleep(20);
            expenditure("E3", "500.00", "某单位", "录错");
            rec.reversal(D, 2024, "E3");
        }
    }

    private void expenditure(String id, String amount, String payee, String summary) {
        Map<String, Object> body = Recording.expenditureBody(2024, id, "F1", amount);
        body.put("payee", payee);
        body.put("summary", summary);
        api.post(Recording.yearPath(D, 2024) + "/expenditures", body).expect(201);
    }

    @Test
    void csvHasTheImportHeadersABomNeutralisedTextAndReversalsMarked() throws Exception {
        HttpResponse<byte[]> r = export(D, "format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        byte[] bytes = r.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        List<String> headers = new ArrayList<>(Arrays.stream(VoucherColumn.values()).map(VoucherColumn::header).toList());
        headers.add("状态");
        assertThat(lines.get(0)).isEqualTo(String.join(",", headers));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2024-02-10,记-E1,办公用品,F1,")
                .contains(",1234.56,\"'=HYPERLINK(\"\"http://x\"\")\",").endsWith(",否,");
        assertThat(lines.get(2)).contains(",'-退款差额,").contains(",0.10,'@SUM(A1),");
        assertThat(lines.get(3)).contains(",500.00,").endsWith(",已冲销");
    }

    @Test
    void xlsxHoldsAmountsAsExactNumbersAndFormulaTextAsText() throws Exception {
        byte[] xlsx = export(D, "format=xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = book.getSheetAt(0).getRow(1);
            int amount = VoucherColumn.AMOUNT.ordinal();
            int payee = VoucherColumn.PAYEE.ordinal();
            assertThat(first.getCell(amount).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(payee).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(payee).getStringCellValue()).isEqualTo("'" + HYPERLINK);
            assertThat(book.getSheetAt(0).getRow(2).getCell(payee).getStringCellValue()).isEqualTo("'@SUM(A1)");
        }
        Path file = dir.resolve("v.xlsx");
        Files.write(file, xlsx);
        List<List<String>> rows = new ArrayList<>();
        XlsxSheet.read(file, SheetKind.VOUCHERS.what(), (n, cells) -> rows.add(cells));
        assertThat(rows).hasSize(4);
        // the stored decimal itself, as written: no binary tail
        assertThat(rows.get(1).get(VoucherColumn.AMOUNT.ordinal())).isEqualTo("1234.56");
        assertThat(rows.get(2).get(VoucherColumn.AMOUNT.ordinal())).isEqualTo("0.10");
        assertThat(rows.get(3).get(headersSize())).isEqualTo("已冲销");
    }

    @Test
    void asOfLeavesOutWhatWasRecordedLater() throws Exception {
        String csv = new String(export(D, "format=csv&asOf=" + beforeThird).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("记-E1").contains("记-E2").doesNotContain("记-E3");
    }

    @Test
    void exportedFilesPreviewCleanInAnotherYearWithTheSameLines() throws Exception {
        for (String format : List.of("csv", "xlsx")) {
            Path file = dir.resolve("vouchers." + format);
            Files.write(file, export(D, "format=" + format).body());
            JsonNode preview = Upload.vouchers(port, OPERATOR, FRESH, 2024, "mode=preview", file, null).expect(200).json();
            assertThat(preview.path("rows").asLong()).as(format).isEqualTo(3);
            assertThat(preview.path("refused")).as(format + ": " + preview).isEmpty();
            assertThat(preview.path("accepted").asLong()).as(format).isEqualTo(3);
        }
    }

    @Test
    void anUnknownFormatIsRefusedInChinese() throws Exception {
        HttpResponse<byte[]> r = export(D, "format=pdf");
        assertThat(r.statusCode()).isEqualTo(400);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("INVALID_REQUEST").contains("导出格式须为 csv 或 xlsx");
    }

    @Test
    void theDashboardLinksBothFormatsAndTheLinkDownloadsInTheBrowserSession() throws Exception {
        TestUsers.at(port).create("vx-reviewer", "reviewer-password-1", TestUsers.roles(Role.REVIEWER), List.of());
        Browser reviewer = new Browser(port);
        assertThat(reviewer.signIn("vx-reviewer", "reviewer-password-1").statusCode()).isEqualTo(302);
        String page = reviewer.get("/departments/" + D + "/years/2024").body();
        String csv = "/api/v1/departments/" + D + "/years/2024/exports/vouchers?format=csv";
        assertThat(page).contains(csv).contains("exports/vouchers?format=xlsx").contains("导出凭证 CSV");
        HttpResponse<String> download = reviewer.get(csv);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("\uFEFF日期,凭证号").contains("已冲销");
    }

    private static int headersSize() {
        return VoucherColumn.values().length;
    }

    private HttpResponse<byte[]> export(String department, String query) throws Exception {
        return Download.get(port, OPERATOR, "/api/v1/departments/" + department + "/years/2024/exports/vouchers?" + query);
    }
}
