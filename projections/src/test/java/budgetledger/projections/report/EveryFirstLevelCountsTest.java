package budgetledger.projections.report;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.fold.LedgerFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An older 部门整体支出 framework (投入 / 过程 / 产出 / 效益): every 一级指标 counts toward the total, and the form
 * prints one block per 一级指标 whatever order the indicators were defined in.
 */
class EveryFirstLevelCountsTest {

    /**
     * 投入 15 + 过程 15 + 产出 40 + 效益 20, all met, execution 100 % (10): defined out of order on purpose, on the
     * older framework's template (the default form has no 投入 or 过程, and scores nothing under them).
     */
    private static LedgerFixture framework() {
        return LedgerFixture.year(2024)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "1000.00")
                .goal(null, "按旧版框架自评", "hunan-department-legacy", null)
                .spend("a", "office", "30201", "1000.00")
                .indicator("out1", null, "产出指标", "数量指标", "培训人次", "≥500人次", "20").outcome("out1", "520人次")
                .indicator("eff", null, "效益指标", "社会效益指标", "满意率", "≥90%", "20").outcome("eff", "95%")
                .indicator("in1", null, "投入指标", "目标设定", "在职人员控制率", "≤100%", "15").outcome("in1", "98%")
                .indicator("proc", null, "过程指标", "预算执行", "资料完整率", "=100%", "15").outcome("proc", "100%")
                .indicator("out2", null, "产出指标", "质量指标", "验收合格率", "≥95%", "20").outcome("out2", "100%");
    }

    @Test
    void aFrameworkWithInputAndProcessScoresItsFullHundred() {
        FiguresDocument doc = figures(framework());
        assertThat(doc.figures()).containsEntry("evaluation.score.input", "15.00")
                .containsEntry("evaluation.score.process", "15.00")
                .containsEntry("evaluation.score.output", "40.00")
                .containsEntry("evaluation.score.outcome", "20.00")
                .containsEntry("evaluation.score.execution", "10.00")
                .containsEntry("evaluation.score.total", "100.00")
                .containsEntry("evaluation.grade", "优");
    }

    @Test
    void rowsGroupByFirstThenSecondLevelWhereTheGroupFirstAppeared() {
        List<IndicatorRow> rows = figures(framework()).indicators().get("department");
        assertThat(rows).extracting(IndicatorRow::name)
                .containsExactly("培训人次", "验收合格率", "满意率", "在职人员控制率", "资料完整率");
    }

    @Test
    void theDepartmentFormPrintsOneBlockPerFirstLevelAndTheProseNamesEveryPart() {
        LedgerFixture f = framework();
        Report report = ReportBuilder.build(ReportInput.of(f.view(), null, null, null, FiguresOptions.DEFAULT));
        Attachment form = report.attachments().get(1);
        List<String> level1Heads = new ArrayList<>();
        for (List<Cell> row : form.table().rows()) {
            for (Cell c : row) {
                if (c instanceof Cell.Text t && t.head() && t.text().matches("(投入|过程|产出|效益)指标（\\d+分）")) {
                    level1Heads.add(t.text());
                }
            }
        }
        assertThat(level1Heads).containsExactly("产出指标（40分）", "效益指标（20分）", "投入指标（15分）", "过程指标（15分）");
        String md = MarkdownRenderer.render(report);
        assertThat(md).contains("（预算执行率 10.00 分，投入指标 15.00 分，过程指标 15.00 分，产出指标 40.00 分，效益指标 20.00 分");
    }

    private static FiguresDocument figures(LedgerFixture f) {
        return ReportInput.of(f.view(), null, null, null, FiguresOptions.DEFAULT).figures();
    }
}
