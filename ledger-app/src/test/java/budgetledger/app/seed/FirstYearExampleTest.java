package budgetledger.app.seed;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.Importer;
import budgetledger.app.report.ReportService;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.PriorYearBasis;
import budgetledger.projections.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * datasets/examples/first-year.jsonl on the real store: a department whose first ledger year is 2019 states the
 * 期初结转结余 its 2018 决算 left (3.00 + 12.00万元, by line, with the document), spends from them, and its figures
 * and report count them as 年初结转和结余 — while a second year, whose prior year is in the ledger, cannot declare any.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstYearExampleTest extends PostgresIntegrationTest {
    static final Path DATASET = SeedFiles.find("datasets/examples/first-year.jsonl");

    @Autowired
    Importer importer;
    @Autowired
    FiguresService figures;
    @Autowired
    ReportService reports;

    private FiguresDocument doc;

    @BeforeAll
    void importTheExample() throws Exception {
        SeedFiles.importEveryLine(importer, DATASET);
        doc = figures.replayed("first-year", 2019, null, null);
    }

    @Test
    void theDeclaredBalancesAreTheYearsOpeningCarryOverAndItsCarriedBudget() {
        // 3.00 + 12.00万元 declared; 年初 80 + 20; spent 3 + 10 + 80 + 18; closing 15 + 100 − 111 = 4.00万元
        assertThat(doc.figures()).containsEntry("carryOver.opening", "150000.00")
                .containsEntry("budget.carryOver.full", "150000.00")
                .containsEntry("budget.initial", "1000000.00")
                .containsEntry("budget.full", "1150000.00")
                .containsEntry("expenditure.total", "1110000.00")
                .containsEntry("carryOver.closing", "40000.00")
                .containsEntry("execution.rate", "0.9652");
    }

    @Test
    void theReportCountsTheOpeningBalancesAmongTheAvailableFunds() {
        String md = new String(reports.render("first-year", 2019, ReportFormat.MD, null, null).bytes(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("年初结转和结余 15.00万元", "本年度年末结转和结余 4.00万元");
    }

    @Test
    void theDeclaredComparativesAreThePriorColumnAndTheRestIsNull() {
        // 111.00 against 105.00万元 declared: +6.00, 6 ÷ 105 = 5.71 %; 三公 0.00 against 4.20: −100 %
        assertThat(doc.figures()).containsEntry("prior.expenditure.fund.generalPublic", "1050000.00")
                .containsEntry("change.expenditure.fund.generalPublic", "60000.00")
                .containsEntry("change.expenditure.fund.generalPublic.rate", "0.0571")
                .containsEntry("prior.threePublic.total.actual", "42000.00")
                .containsEntry("change.threePublic.total.actual.rate", "-1.0000")
                .containsEntry("prior.income.total", "1080000.00")
                .containsEntry("prior.threePublic.reception.actual", null)
                .containsEntry("change.threePublic.reception.actual", null)
                .containsEntry("prior.budget.full", null);
        assertThat(doc.priorYear().source()).isEqualTo(PriorYearBasis.DECLARED);
        assertThat(doc.priorYear().declared()).hasSize(8).containsEntry("expenditure.total", "1050000.00");
        assertThat(doc.priorYear().documents().get("income.total")).startsWith("示例县某局 2018 年度部门决算报表");
    }

    @Test
    void theReportComparesWithTheDeclaredFiguresAndSaysWhenThereAreNone() {
        String md = new String(reports.render("first-year", 2019, ReportFormat.MD, null, null).bytes(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("2019年度一般公共预算支出 111.00万元，较上年同期的 105.00万元增加 6.00万元，增长 5.71%",
                        "（1）基本支出中人员经费 80.00万元", "较上年同期的 78.00万元增加 2.00万元，增长 2.56%",
                        "2019年项目支出 10.00万元，与上年同期的 10.00万元持平",
                        "比上年度决算数的 4.20万元减少 4.20万元，下降 100.00%", "上年无数据")
                .doesNotContain("较上年同期的 0.00万元", "比上年度决算数的 0.00万元");
        // which 上年 figures are stated rather than derived, and from which document
        assertThat(md).contains("上年比较数：2018 年度未在账本中记录，报告中的上年数取自申报的上年数据（",
                "105.00 万元，依据示例县某局 2018 年度部门决算报表");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(reports.render("first-year", 2019, format, null, null).bytes()).as(format.key()).isNotEmpty();
        }
    }

    @Test
    void aYearWhosePriorYearIsInTheLedgerCannotDeclareOpeningBalancesAndItsComparativesAreTheLedgers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("second-year.jsonl");
        String audit = "\"audit\": {\"recordedBy\": \"示例录入员\", \"recordedAt\": \"2020-01-02T09:%s:00+08:00\", \"reason\": \"r\"}";
        Files.write(file, List.of(
                "{\"command\": \"OpenFiscalYear\", \"departmentId\": \"first-year\", \"year\": 2020, "
                        + String.format(audit, "00") + "}",
                "{\"command\": \"DeclareOpeningBalances\", \"departmentId\": \"first-year\", \"year\": 2020, "
                        + "\"document\": \"2019年度部门决算\", \"priorYearInLedger\": false, \"lines\": [{\"lineId\": \"JZ-X\", "
                        + "\"kind\": \"BASIC_PUBLIC\", \"fundNature\": \"GENERAL_PUBLIC\", \"functionalCode\": \"2013201\", "
                        + "\"amount\": \"10.00\"}], " + String.format(audit, "01") + "}",
                "{\"command\": \"DeclarePriorYearFigures\", \"departmentId\": \"first-year\", \"year\": 2020, "
                        + "\"document\": \"2019年度部门决算\", \"figures\": {\"expenditure.total\": \"1.00\"}, "
                        + String.format(audit, "02") + "}",
                "{\"command\": \"DeclarePriorYearFigures\", \"departmentId\": \"first-year\", \"year\": 2020, "
                        + "\"document\": \"2019年度部门决算\", \"figures\": {\"expenditure.everything\": \"1.00\"}, "
                        + String.format(audit, "03") + "}"), StandardCharsets.UTF_8);
        Importer.Result result = importer.importFile(file, "admin", false, new PrintWriter(new StringWriter()));
        assertThat(result.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .containsExactly(tuple(2L, "PRIOR_YEAR_IN_LEDGER"), tuple(4L, "INVALID_REQUEST"));
        FiguresDocument second = figures.replayed("first-year", 2020, null, null);
        assertThat(second.figures()).containsEntry("carryOver.opening", "0.00")
                .containsEntry("prior.expenditure.total", "1110000.00");
        // the ledger's own 2019 wins; the declaration it does not confirm is flagged
        assertThat(second.priorYear().source()).isEqualTo(PriorYearBasis.LEDGER);
        assertThat(second.priorYear().differences()).containsOnly(
                java.util.Map.entry("expenditure.total", new PriorYearBasis.Difference("1.00", "1110000.00")));
        String md = new String(reports.render("first-year", 2020, ReportFormat.MD, null, null).bytes(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("上年比较数差异：").contains("申报数 1.00 元，依据2019年度部门决算，账本中 2019 年度为 1110000.00 元，报告以账本为准")
                .doesNotContain("上年比较数：2019 年度未在账本中记录");
    }
}
