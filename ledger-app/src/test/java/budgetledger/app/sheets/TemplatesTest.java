package budgetledger.app.sheets;

import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import budgetledger.core.classification.ClassificationCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import templates: the voucher template's header is the import's, its drop-downs list the year's lines, codes
 * and projects, and a sheet filled from those drop-downs imports with no row refused; the budget template's sheets,
 * headers and lists; an unknown department is a problem in Chinese.
 */
class TemplatesTest extends PostgresIntegrationTest {
    static final String D = "tpl";
    static final String YEAR = "/api/v1/departments/" + D + "/years/2024";
    @LocalServerPort
    int port;
    @TempDir
    Path dir;
    Api api;

    @BeforeEach
    void ledger() {
        api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            Recording rec = new Recording(api);
            rec.ledger(D, 2024);
            rec.appropriation(D, 2024, "F1", "100000.00");
            api.post(YEAR + "/projects", body("projectCode", "XM-01", "name", "党员教育培训", "category", "BUSINESS",
                    "implementingUnit", "本单位")).expect(201);
            api.post(YEAR + "/appropriations", body("lineId", "P1", "kind", "PROJECT", "fundNature", "GENERAL_PUBLIC",
                    "functionalCode", Recording.FUNCTIONAL, "projectCode", "XM-01", "amount", "50000.00",
                    "initial", true, "businessDate", "2024-01-05")).expect(201);
        }
    }

    @Test
    void theVoucherTemplateListsTheYearsCodesAndAFilledCopyImportsWithNoRefusal() throws Exception {
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, YEAR + "/templates/vouchers.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
        String functional = "2013201 " + ClassificationCatalogue.forYear(2024).functionalName("2013201").orElseThrow();
        String office = "30201 " + ClassificationCatalogue.forYear(2024).economicName("30201").orElseThrow();
        Path filled = dir.resolve("凭证.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("凭证");
            assertThat(book.getSheetIndex(TemplateWorkbook.CODES)).isPositive();
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(
                    Arrays.stream(VoucherColumn.values()).map(VoucherColumn::header).toList());
            assertThat(sheet.getRow(0).getCell(0).getCellComment().getString().getString()).contains("2024");
            assertThat(sheet.getLastRowNum()).as("no row below the header").isZero();

            assertThat(listOf(book, sheet, VoucherColumn.LINE)).containsExactlyInAnyOrder("F1", "P1");
            assertThat(listOf(book, sheet, VoucherColumn.PROJECT)).containsExactly("XM-01");
            assertThat(listOf(book, sheet, VoucherColumn.FUNCTIONAL)).contains(functional).allMatch(c -> c.matches("\\d{7} .+"));
            assertThat(listOf(book, sheet, VoucherColumn.ECONOMIC)).contains(office).allMatch(c -> c.matches("\\d{5} .+"));
            assertThat(listOf(book, sheet, VoucherColumn.PROCUREMENT)).containsExactly("是", "否");
            DataValidation date = validation(sheet, VoucherColumn.DATE.ordinal());
            assertThat(date.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DATE);
            assertThat(date.getValidationConstraint().getFormula1()).contains("2024");

            // two rows filled as a clerk fills them from the drop-downs: by line, and by project + functional code
            Row one = sheet.createRow(1);
            one.createCell(VoucherColumn.DATE.ordinal()).setCellValue(LocalDate.of(2024, 4, 1));
            one.createCell(VoucherColumn.VOUCHER.ordinal()).setCellValue("记-T1");
            one.createCell(VoucherColumn.LINE.ordinal()).setCellValue("F1");
            one.createCell(VoucherColumn.ECONOMIC.ordinal()).setCellValue(office);
            one.createCell(VoucherColumn.AMOUNT.ordinal()).setCellValue(1280.5);
            one.createCell(VoucherColumn.PROCUREMENT.ordinal()).setCellValue("否");
            Row two = sheet.createRow(2);
            two.createCell(VoucherColumn.DATE.ordinal()).setCellValue("2024-04-02");
            two.createCell(VoucherColumn.VOUCHER.ordinal()).setCellValue("记-T2");
            two.createCell(VoucherColumn.PROJECT.ordinal()).setCellValue("XM-01");
            two.createCell(VoucherColumn.FUNCTIONAL.ordinal()).setCellValue(functional);
            two.createCell(VoucherColumn.ECONOMIC.ordinal()).setCellValue(office);
            two.createCell(VoucherColumn.AMOUNT.ordinal()).setCellValue("2,000.00");
            two.createCell(VoucherColumn.PROCUREMENT.ordinal()).setCellValue("是");
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        JsonNode preview = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", filled, null).expect(200).json();
        assertThat(preview.path("refused")).as(preview.toString()).isEmpty();
        assertThat(preview.path("accepted").asLong()).isEqualTo(2);
        JsonNode commit = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit", filled, null).expect(200).json();
        assertThat(commit.path("recorded").asLong()).as(commit.toString()).isEqualTo(2);
        JsonNode lines = api.get(YEAR).expect(200).json().path("lines");
        assertThat(executed(lines, "F1")).isEqualTo("1280.50");
        assertThat(executed(lines, "P1")).isEqualTo("2000.00");
    }

    @Test
    void theBudgetTemplateHasTheInitialBudgetAndAdjustmentSheetsWithTheirLists() throws Exception {
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, YEAR + "/templates/budget.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("年初预算", "预算调整", TemplateWorkbook.CODES, "说明");
            XSSFSheet initial = book.getSheet("年初预算");
            assertThat(cells(initial.getRow(0))).containsExactly("预算指标", "支出类型", "资金性质", "功能科目编码",
                    "经济科目编码", "项目", "金额");
            assertThat(list(book, initial, 1)).containsExactly("基本支出-人员经费", "基本支出-公用经费", "项目支出");
            assertThat(validation(initial, 1).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(list(book, initial, 2)).contains("一般公共预算", "政府性基金");
            assertThat(list(book, initial, 3)).contains("2013201 行政运行");
            XSSFSheet adjustments = book.getSheet("预算调整");
            assertThat(cells(adjustments.getRow(0))).containsExactly("文号", "调整方式", "预算指标", "调入指标",
                    "金额", "日期", "理由");
            assertThat(list(book, adjustments, 1)).containsExactly("追加", "追减", "调剂");
            assertThat(list(book, adjustments, 3)).containsExactlyInAnyOrder("F1", "P1");
        }
    }

    @Test
    void aFilledBudgetTemplateImportsBothItsSheetsWithNoRefusal() throws Exception {
        String d = "tplb"; // a department of its own: the other tests count this one's lines
        new Recording(api).ledger(d, 2024);
        new Recording(api).appropriation(d, 2024, "F1", "100000.00");
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, "/api/v1/departments/" + d + "/years/2024/templates/budget.xlsx");
        String functional = "2013201 " + ClassificationCatalogue.forYear(2024).functionalName("2013201").orElseThrow();
        String office = "30201 " + ClassificationCatalogue.forYear(2024).economicName("30201").orElseThrow();
        Path filled = dir.resolve("预算.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            // as a clerk fills it from the drop-downs: Chinese kinds and natures, "code name" cells
            Row line = book.getSheet("年初预算").createRow(1);
            List<String> initial = List.of("B-OFFICE", "基本支出-公用经费", "一般公共预算", functional, office, "", "");
            for (int c = 0; c < initial.size(); c++) {
                line.createCell(c).setCellValue(initial.get(c));
            }
            line.getCell(6).setCellValue(3000);
            Row supplement = book.getSheet("预算调整").createRow(1);
            List<String> adjustment = List.of("益财预〔2024〕12号", "追加", "F1", "", "", "", "追加办公经费");
            for (int c = 0; c < adjustment.size(); c++) {
                supplement.createCell(c).setCellValue(adjustment.get(c));
            }
            supplement.getCell(4).setCellValue(500);
            supplement.getCell(5).setCellValue(LocalDate.of(2024, 3, 1));
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        JsonNode lines = Upload.sheet(port, OPERATOR, d, 2024, "appropriations", "mode=commit", filled, null)
                .expect(200).json();
        assertThat(lines.path("refused")).as(lines.toString()).isEmpty();
        assertThat(lines.path("recorded").asLong()).as(lines.toString()).isEqualTo(1);
        JsonNode proposals = Upload.sheet(port, OPERATOR, d, 2024, "adjustments", "mode=commit", filled, null)
                .expect(200).json();
        assertThat(proposals.path("refused")).as(proposals.toString()).isEmpty();
        assertThat(proposals.path("recorded").asLong()).as("the 预算调整 sheet, not the first").isEqualTo(1);
    }

    @Test
    void anUnknownDepartmentOrYearIsAProblemInChinese() throws Exception {
        HttpResponse<byte[]> r = Download.get(port, OPERATOR, "/api/v1/departments/no-such/years/2024/templates/budget.xlsx");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Download.text(r)).contains("UNKNOWN_DEPARTMENT");
        HttpResponse<byte[]> y = Download.get(port, OPERATOR, "/api/v1/departments/" + D + "/years/2031/templates/vouchers.xlsx");
        assertThat(y.statusCode()).isBetween(400, 499);
        assertThat(Download.text(y)).contains("YEAR_NOT_OPEN");
    }

    @Test
    void theImportPageAndTheDashboardLinkTheTemplatesAndTheLinksDownloadInTheBrowserSession() throws Exception {
        TestUsers.at(port).create("tpl-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(D));
        Browser clerk = new Browser(port);
        assertThat(clerk.signIn("tpl-clerk", "clerk-password-1").statusCode()).isEqualTo(302);
        assertThat(clerk.get("/departments/" + D + "/years/2024/imports/vouchers").body())
                .contains(YEAR + "/templates/vouchers.xlsx").contains("下载凭证导入模板");
        String dashboard = clerk.get("/departments/" + D + "/years/2024").body();
        assertThat(dashboard).contains(YEAR + "/templates/budget.xlsx")
                .contains(YEAR + "/exports/budget-lines?format=csv").contains(YEAR + "/exports/final-accounts?format=xlsx")
                .contains("导出预算指标 CSV").contains("导出决算表 XLSX");
        HttpResponse<String> template = clerk.get(YEAR + "/templates/budget.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).startsWith("PK");
        HttpResponse<String> lines = clerk.get(YEAR + "/exports/budget-lines?format=csv");
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.body()).startsWith("\uFEFF预算指标,").contains("\r\nF1,");
    }

    private static String executed(JsonNode lines, String lineId) {
        for (JsonNode l : lines) {
            if (l.path("lineId").asText().equals(lineId)) {
                return l.path("executed").asText();
            }
        }
        throw new AssertionError("no line " + lineId + " in " + lines);
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static DataValidation validation(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(a -> a.getFirstColumn() == column && a.getFirstRow() == 1))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on column " + column));
    }

    private static List<String> listOf(XSSFWorkbook book, XSSFSheet sheet, VoucherColumn column) {
        return list(book, sheet, column.ordinal());
    }

    /** The values a column's drop-down offers: its named range's cells on 代码表. */
    private static List<String> list(XSSFWorkbook book, XSSFSheet sheet, int column) {
        String name = validation(sheet, column).getValidationConstraint().getFormula1();
        AreaReference area = new AreaReference(book.getName(name).getRefersToFormula(), book.getSpreadsheetVersion());
        XSSFSheet codes = book.getSheet(area.getFirstCell().getSheetName());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            Cell cell = codes.getRow(ref.getRow()).getCell(ref.getCol());
            values.add(cell.getStringCellValue());
        }
        return values;
    }
}
