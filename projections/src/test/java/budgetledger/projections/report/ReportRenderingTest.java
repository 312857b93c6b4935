package budgetledger.projections.report;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.figures.FiguresOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** All four formats of the hand-made department's report, each read back the way its reader would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRenderingTest {
    private Report report;
    private byte[] xlsx;
    private byte[] pdf;

    @BeforeAll
    void render() {
        report = ReportFixture.report();
        xlsx = ReportFormat.XLSX.render(report, null);
        pdf = ReportFormat.PDF.render(report, PdfRenderer.fromEnvironment());
    }

    @Test
    void htmlIsOneWellFormedPrintablePageWhoseNumbersNameTheirFigures() throws Exception {
        String html = HtmlRenderer.render(report);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(dom.getElementsByTagName("section").getLength()).isEqualTo(5);
        assertThat(html).contains("@page", "page-break-before: always", "<h2>一、单位基本情况</h2>")
                .contains("data-figure=\"expenditure.total\">1796.78<")
                .contains("data-section=\"change.expenditure.generalPublic.basic.public\"")
                .doesNotContain("<link", "<script", "src=\"http");
    }

    @Test
    void markdownHasTheHeadingsQuotesAndForms() {
        String md = MarkdownRenderer.render(report);
        assertThat(md).contains("# 2024 年度中共益阳市委组织部 整体支出绩效自评报告", "## 一、单位基本情况",
                "### （一）基本支出情况", "> **单位说明：**主要原因是督导组联络服务支出本年度在公用经费中列支。",
                "## 附件1 2024 年度部门整体支出绩效评价基础数据表", "## 附件3-3 2024 年度项目支出绩效自评表",
                "| 三公经费 | 16.13 |  | 22.00 |  | 14.27 |  |");
    }

    @Test
    void xlsxHasOneSheetPerAttachmentHeadedInWanYuan() throws IOException {
        try (Workbook wb = SheetReader.open(xlsx)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("附件1", "附件2", "附件3-1", "附件3-2", "附件3-3");
            for (Sheet s : wb) {
                assertThat(SheetReader.text(s, 2, 0)).as(s.getSheetName()).isEqualTo("金额单位：万元");
            }
        }
    }

    @Test
    void xlsxAmountsAreNumbersInWanYuanWithTwoDecimalsAndNoNumberIsText() throws IOException {
        int amounts = 0;
        try (Workbook wb = SheetReader.open(xlsx)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            assertThat(c.getStringCellValue()).as(s.getSheetName() + "!" + c.getAddress())
                                    .doesNotMatch("-?\\d+(\\.\\d+)?");
                        } else if (c.getCellType() == CellType.NUMERIC) {
                            String format = c.getCellStyle().getDataFormatString();
                            int decimals = format.equals("0.00") ? 2 : format.equals("0.00%") ? 4 : format.equals("0") ? 0 : -1;
                            if (decimals >= 0) {
                                BigDecimal v = BigDecimal.valueOf(c.getNumericCellValue());
                                assertThat(v.setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(v))
                                        .as(s.getSheetName() + "!" + c.getAddress() + " = " + v).isZero();
                            }
                            amounts += format.equals("0.00") ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(amounts).isGreaterThan(60);
    }

    @Test
    void xlsxBasicDataFormPrintsTheFiguresAndTotalsRoundedOnce() throws IOException {
        try (Workbook wb = SheetReader.open(xlsx)) {
            Sheet s = wb.getSheet("附件1");
            assertThat(SheetReader.cells(s.getRow(XlsxRenderer.TABLE_START + 2))).containsExactly(n("70"), n("64"), n("0.9143"));
            assertThat(SheetReader.numbers(s, "三公经费")).containsExactly(n("16.13"), n("22"), n("14.27"));
            assertThat(SheetReader.numbers(s, "公车运行维护")).containsExactly(n("13.14"), n("14"), n("12.21"));
            assertThat(SheetReader.numbers(s, "3、公务接待")).containsExactly(n("2.99"), n("8"), n("2.07"));
            // 12.21 + 2.07 = 14.28: the total is its own figure (142700.00 元) rounded once, not a sum of rounded cells
            assertThat(n("12.21").add(n("2.07"))).isNotEqualByComparingTo(n("14.27"));
            assertThat(SheetReader.numbers(s, "项目支出")).containsExactly(n("838.82"), n("430.59"), n("417.55"));
            assertThat(SheetReader.numbers(s, "非公有制经济组织和社会组织党建工作经费")).containsExactly(n("87.62"), n("0"), n("0"));
            assertThat(SheetReader.numbers(s, "党员集中教育培训经费")).containsExactly(n("41.7"), n("41.7"), n("41.7"));
            assertThat(SheetReader.numbers(s, "公用经费")).containsExactly(n("249.7"), n("332.28"), n("281.35"));
            assertThat(SheetReader.numbers(s, "部门基本支出预算调整")).containsExactly(n("1430.16"), n("1379.23"));
            assertThat(SheetReader.row(s, "厉行节约保障措施")).contains(List.of("坚决落实习惯过“紧日子”要求。"));
        }
    }

    @Test
    void xlsxSelfEvaluationFormsPrintTheFundsAndScores() throws IOException {
        try (Workbook wb = SheetReader.open(xlsx)) {
            Sheet department = wb.getSheet("附件2");
            assertThat(SheetReader.numbers(department, "年度资金总额"))
                    .containsExactly(n("1286.78"), n("1860.75"), n("1796.78"), n("10"), n("0.9656"), n("9.66"));
            assertThat(SheetReader.numbers(department, "其中：一般公共预算")).containsExactly(n("1796.19"), n("1379.23"));
            assertThat(SheetReader.numbers(department, "其他资金")).containsExactly(n("0.59"));
            assertThat(SheetReader.numbers(department, "总分")).containsExactly(n("100"),
                    new BigDecimal((String) ReportFixture.input().figures().figures().get("evaluation.score.total")));
            assertThat(SheetReader.row(department, "干部档案电子化").orElseThrow())
                    .containsExactly("≥", n("700"), "册", "630册", n("5"), n("4.5"));
            Sheet project = wb.getSheet("附件3-1");
            assertThat(SheetReader.numbers(project, "年度资金总额"))
                    .containsExactly(n("66.52"), n("378.3"), n("365.26"), n("10"), n("0.9655"), n("9.66"));
            assertThat(SheetReader.numbers(project, "其中：当年财政拨款")).containsExactly(n("66.52"), n("378.29"), n("365.25"));
            assertThat(SheetReader.numbers(project, "上年结转资金")).containsExactly(n("0"), n("0.01"), n("0.01"));
            assertThat(SheetReader.row(project, "招录公务员成本").orElseThrow())
                    .containsExactly("≤", "人均2000", "元", "1483元", n("10"), n("10"));
        }
    }

    @Test
    void pdfHasTheChineseTextWithItsFontEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("整体支出绩效自评报告", "一、单位基本情况", "二、一般公共预算支出情况", "十、其他需要说明的情况",
                    "附件1", "附件2", "附件3-3", "部门整体支出绩效自评表", "项目支出绩效自评表", "金额单位：万元",
                    "1796.78", "1796.19", "14.27", "96.56%", "主要原因是督导组联络服务支出本年度在公用经费中列支。");
            assertThat(text).doesNotContain("\uFFFD", "#", "□");
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aCharacterTheFontLacksFailsThePdfAndNamesIt() {
        Report withEmoji = ReportBuilder.build(ReportInput.of(ReportFixture.year2024().text("other", "见附件😀").view(),
                ReportFixture.year2023().view(), ReportFixture.AS_OF, null, FiguresOptions.DEFAULT));
        assertThatThrownBy(() -> PdfRenderer.fromEnvironment().render(withEmoji))
                .isInstanceOf(PdfFontException.class).hasMessageContaining("U+1F600");
    }

    @Test
    void noCjkFontIsAClearErrorNotAPdfWithoutGlyphs() {
        assertThatThrownBy(() -> CjkFont.locate("/nonexistent/font.ttc", Map.of()))
                .isInstanceOf(PdfFontException.class).hasMessageContaining("/nonexistent/font.ttc")
                .hasMessageContaining("fonts-wqy-zenhei");
        assertThatThrownBy(() -> CjkFont.locate(null, Map.of(CjkFont.ENV, "/nonexistent/other.ttf")))
                .isInstanceOf(PdfFontException.class).hasMessageContaining("/nonexistent/other.ttf");
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isReadable(latinOnly), "needs a Latin-only TrueType font to try");
        assertThatThrownBy(() -> new PdfRenderer(CjkFont.at(latinOnly)).render(report))
                .isInstanceOf(PdfFontException.class).hasMessageContaining("不含中文字形");
    }

    @Test
    void anUnknownFormatIsAnInvalidRequest() {
        assertThat(ReportFormat.parse("PDF")).isEqualTo(ReportFormat.PDF);
        assertThatThrownBy(() -> ReportFormat.parse("docx")).isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }
}
