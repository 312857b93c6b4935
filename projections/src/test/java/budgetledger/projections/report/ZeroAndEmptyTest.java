package budgetledger.projections.report;

import budgetledger.core.audit.LedgerJson;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.reconcile.Reconciliation;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Zero and empty (docs/scoring.md R3, 未评价): a department-year whose every budget is zero has no execution rate
 * and no execution points (不适用, never 0.00 and 差), a zero-budget project's total is its indicators scaled to
 * the form's full marks, a department or project without indicators is 未评价, and the figures and the report in
 * all four formats come out without a division by zero. The zero-budget project's indicators are written as the
 * forms write them, and its 附件3 prints 指标性质, 指标值, 度量单位 and 完成值 in their own columns.
 */
class ZeroAndEmptyTest {

    /** Every line at 0.00; project z1 has form-style indicators, z2 none, the department none. */
    static LedgerFixture allZero() {
        return LedgerFixture.year(2024)
                .project("z1", "干部教育培训项目", BUSINESS)
                .project("z2", "未设指标的项目", BUSINESS)
                .line("basic", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "0.00")
                .line("z1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "z1", "0.00")
                .line("z2", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "z2", "0.00")
                // the form weighs the parts as registered: 10 + 产出 70 + 效益 20 (no 满意度), by the goal's override
                .goal("z1", "培训", "hunan-project-2020", Map.of("产出", "70", "效益", "20", "满意度", "0"))
                .formIndicator("q", "z1", "产出指标", "数量指标", "培训期数", "≥", "4", "期", "50").outcome("q", "4期")
                .formIndicator("r", "z1", "产出指标", "质量指标", "验收合格率", "=", "100", "%", "20").outcome("r", "90%")
                .formIndicator("s", "z1", "效益指标", "社会效益指标", "干部能力", "定性", "不断提升", null, "20")
                .judged("s", "明显提升", "16");
    }

    private static FiguresDocument figures(LedgerFixture f) {
        return KeyFigures.build(f.view(), null, ReportFixture.AS_OF, null, FiguresOptions.DEFAULT);
    }

    @Test
    void withEveryBudgetZeroTheRateAndExecutionPointsAreNullAndTheDepartmentIsNotEvaluated() {
        FiguresDocument doc = figures(allZero());
        assertThat(doc.figures()).containsEntry("budget.full", "0.00")
                .containsEntry("execution.rate", null)
                .containsEntry("evaluation.score.execution", null)
                .containsEntry("evaluation.score.total", null)
                .containsEntry("evaluation.grade", null)
                .containsEntry("prior.evaluation.grade", null);
        JsonNode json = LedgerJson.mapper().valueToTree(doc);
        assertThat(json.get("figures").has("evaluation.grade")).as("a null figure is present, not missing").isTrue();
        assertThat(json.get("figures").get("evaluation.grade").isNull()).isTrue();
    }

    @Test
    void aZeroBudgetProjectIsScoredOnItsIndicatorsScaledToTheFormsFullMarks() {
        ProjectFigures z1 = figures(allZero()).projects().get(0);
        // 50 + 18 (90 % of =100 %) + 16 of the indicators' 90 points, scaled to 100: 84 × 100 ÷ 90 = 93.33
        assertThat(z1.figures()).containsEntry("execution.rate", null)
                .containsEntry("score.execution", null)
                .containsEntry("score.output", "68.00")
                .containsEntry("score.outcome", "16.00")
                .containsEntry("score.total", "93.33")
                .containsEntry("grade", "优");
    }

    @Test
    void aProjectWithoutIndicatorsIsNotEvaluated() {
        ProjectFigures z2 = figures(allZero()).projects().get(1);
        assertThat(z2.indicators()).isEmpty();
        assertThat(z2.figures()).containsEntry("score.total", null).containsEntry("grade", null);
    }

    @Test
    void aZeroBudgetDepartmentWithIndicatorsIsScaledLikeAProject() {
        FiguresDocument doc = figures(LedgerFixture.year(2024)
                .line("basic", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "0.00")
                .goal(null, "整体", "hunan-department-2020", Map.of("产出", "45", "效益", "0", "满意度", "45"))
                .indicator("d", null, "产出指标", "数量指标", "档案", "≥700册", "45").outcome("d", "350册")
                .indicator("e", null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "45").outcome("e", "95%"));
        // 22.5 + 45 = 67.5 of 90, scaled to 100: 75.00, 中
        assertThat(doc.figures()).containsEntry("evaluation.score.execution", null)
                .containsEntry("evaluation.score.total", "75.00")
                .containsEntry("evaluation.grade", "中");
    }

    @Test
    void theFormIndicatorsRoundTripIntoTheirOwnColumns() {
        List<IndicatorRow> rows = figures(allZero()).projects().get(0).indicators();
        assertThat(rows).extracting(IndicatorRow::target, IndicatorRow::operator, IndicatorRow::targetValue,
                IndicatorRow::unit, IndicatorRow::actual, IndicatorRow::score).containsExactly(
                tuple("≥4期", "≥", "4", "期", "4期", "50"),
                tuple("=100%", "=", "100", "%", "90%", "18"),
                tuple("不断提升", "定性", "不断提升", "", "明显提升", "16"));
    }

    @Test
    void theReportOfAnAllZeroYearRendersInEveryFormatAndSaysNotApplicableAndNotEvaluated() throws IOException {
        Report report = ReportBuilder.build(ReportInput.of(allZero().view(), null, ReportFixture.AS_OF, null,
                FiguresOptions.DEFAULT));
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(report, format == ReportFormat.PDF ? PdfRenderer.fromEnvironment() : null))
                    .as(format.key()).isNotEmpty();
        }
        String md = new String(ReportFormat.MD.render(report, null), StandardCharsets.UTF_8);
        assertThat(md).contains("本年度尚无绩效指标，自评结论为“未评价”", "预算执行率（全年执行数÷全年预算数）—")
                .doesNotContain("“差”");
        try (Workbook wb = SheetReader.open(ReportFormat.XLSX.render(report, null))) {
            Sheet department = wb.getSheet("附件2");
            assertThat(SheetReader.row(department, "年度资金总额").orElseThrow())
                    .containsExactly(n("0"), n("0"), n("0"), n("10"), "不适用", "不适用");
            assertThat(SheetReader.row(department, "总分").orElseThrow()).containsExactly(n("10"), "未评价");
            Sheet project = wb.getSheet("附件3-1");
            assertThat(wb.getNumberOfSheets()).as("z2 has no indicators and no form").isEqualTo(3);
            assertThat(SheetReader.row(project, "年度资金总额").orElseThrow())
                    .containsExactly(n("0"), n("0"), n("0"), n("10"), "不适用", "不适用");
            assertThat(SheetReader.row(project, "总分").orElseThrow())
                    .containsExactly(n("100"), n("93.33"), "预算执行率不适用（全年预算数为零），总分按其余指标得分折算");
            assertThat(SheetReader.row(project, "三级指标").orElseThrow())
                    .startsWith("指标性质", "指标值", "度量单位", "实际完成值", "分值", "自评得分");
            assertThat(SheetReader.row(project, "验收合格率").orElseThrow())
                    .containsExactly("=", n("100"), "%", "90%", n("20"), n("18"));
            assertThat(SheetReader.row(project, "干部能力").orElseThrow())
                    .containsExactly("定性", "不断提升", "明显提升", n("20"), n("16"));
        }
    }

    @Test
    void reconcileSaysEmptyForAKnownNullFigureAndNoSuchFigureOnlyForAnUnknownName() throws IOException {
        JsonNode claims = LedgerJson.mapper().readTree("""
                {"figures": {"execution.rate": "0.5000", "evaluation.grade": "差", "evaluation.score.total": null,
                             "no.such.figure": "1.00"}}""");
        Reconciliation.Result r = Reconciliation.reconcile(claims, figures(allZero()));
        assertThat(r.differences()).extracting(Reconciliation.Difference::name, Reconciliation.Difference::ledger)
                .containsExactlyInAnyOrder(tuple("execution.rate", "账本中为空"), tuple("evaluation.grade", "账本中为空"),
                        tuple("no.such.figure", "账本中无此数"));
    }

    /** A number as SheetReader reads it back (trailing zeros stripped). */
    private static BigDecimal n(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }
}
