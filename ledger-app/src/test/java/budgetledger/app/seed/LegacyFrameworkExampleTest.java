package budgetledger.app.seed;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.Importer;
import budgetledger.app.report.ReportService;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * datasets/examples/legacy-framework.jsonl on the real store: a county unit evaluated in an older provincial
 * 部门整体支出 framework — 投入 15 + 过程 15 + 产出 40 + 效益 20 + execution 10 — whose indicators are scored by the
 * framework's own rules (扣分制, 分档, 阶梯扣分) as well as the proportional ones. The score is computed from the
 * rules as recorded, and every 一级指标 counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyFrameworkExampleTest extends PostgresIntegrationTest {
    static final Path DATASET = SeedFiles.find("datasets/examples/legacy-framework.jsonl");

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
        doc = figures.replayed("legacy-county", 2024, null, null);
    }

    @Test
    void eachIndicatorIsScoredByItsFrameworksRule() {
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::name, IndicatorRow::actual,
                IndicatorRow::score).containsExactly(
                tuple("在职人员控制率", "96%", "5"),
                tuple("三公经费变动率", "2%", "3"),          // 扣分制: 2 points over 0 %, 1 point each
                tuple("预算控制率", "7.5%", "2.5"),          // 分档: 5–10 % earns half
                tuple("预算完成率", "103%", "3.5"),          // 扣分制: 3 points over 100 %, 0.5 each
                tuple("资金使用合规性", "达成年度指标", "5"),   // 定性, judged without words: the band prints
                tuple("固定资产利用率", "88%", "3"),          // 阶梯: 7 short of 95 %, one whole step of 5
                tuple("业务培训人次", "520人次", "20"),
                tuple("项目验收合格率", "100%", "20"),
                tuple("服务对象满意度", "88%", "19.56"));     // proportional: 88 ÷ 90 × 20
    }

    @Test
    void everyFirstLevelCountsTowardTheHundred() {
        // 1,480,000 of 1,500,000: 0.98667 → 9.87; 10.5 + 11.5 + 40 + 19.56 + 9.87 = 91.43
        assertThat(doc.figures()).containsEntry("execution.rate", "0.9867")
                .containsEntry("evaluation.score.execution", "9.87")
                .containsEntry("evaluation.score.input", "10.50")
                .containsEntry("evaluation.score.process", "11.50")
                .containsEntry("evaluation.score.output", "40.00")
                .containsEntry("evaluation.score.outcome", "19.56")
                .containsEntry("evaluation.score.total", "91.43")
                .containsEntry("evaluation.grade", "优");
    }

    @Test
    void theReportNamesEveryPartInItsConclusion() {
        String md = new String(reports.render("legacy-county", 2024, ReportFormat.MD, null, null).bytes(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("得分为 91.43分（预算执行率 9.87 分，投入指标 10.50 分，过程指标 11.50 分，产出指标 40.00 分，"
                + "效益指标 19.56 分");
    }

    @Test
    void theOlderFrameworksFormsArePrintedAsItsTemplateSays() {
        // the goal chose hunan-department-legacy: 附件1 shows the initial project budget and ends with the whole
        // budget's adjustment (年初 → 调整后); 附件2 carries the framework's own title
        String md = new String(reports.render("legacy-county", 2024, ReportFormat.MD, null, null).bytes(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("部门整体支出预算调整（年初→调整后）", "2024 年度部门整体支出绩效评价表")
                .doesNotContain("部门基本支出预算调整");
    }
}
