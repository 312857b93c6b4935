package budgetledger.projections.figures;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.performance.Scoring;
import budgetledger.projections.fold.LedgerFixture;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.performance.LedgerMeasure.EXECUTION_RATE;
import static budgetledger.core.performance.LedgerMeasure.PROJECT_EXECUTION_RATE;
import static budgetledger.core.performance.LedgerMeasure.TOTAL_EXPENDITURE;
import static org.assertj.core.api.Assertions.assertThat;

/** 财预〔2020〕10号 as the figures apply it (docs/scoring.md R2, R4–R9). */
class ScoringRulesTest {

    private static LedgerFixture spent(String budget, String spent) {
        return LedgerFixture.year(2024)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, budget)
                .spend("a", "office", "30201", spent);
    }

    @Test
    void anIndicatorWithoutAnOutcomeScoresZeroWithAnEmptyActual() {
        FiguresDocument doc = build(spent("100.00", "100.00")
                .indicator("d1", null, "产出指标", "数量指标", "干部档案电子化", "≥700册", "5"));
        IndicatorRow row = doc.indicators().get("department").get(0);
        assertThat(row.actual()).isEmpty();
        assertThat(row.score()).isEqualTo("0");
        assertThat(row.weight()).isEqualTo("5");
        assertThat(doc.figures()).containsEntry("evaluation.score.output", "0.00")
                .containsEntry("evaluation.score.total", "10.00");
    }

    @Test
    void unmetTargetsScoreInProportionAndReverseTargetsLinearlyToTwiceTheTarget() {
        FiguresDocument doc = build(spent("100.00", "100.00")
                .indicator("ge", null, "产出指标", "数量指标", "培训", "≥500人次", "5").outcome("ge", "450人次")
                .indicator("le", null, "产出指标", "成本指标", "成本", "人均≤2000元", "10").outcome("le", "2500元")
                .indicator("zero", null, "产出指标", "质量指标", "差错率", "0%", "5").outcome("zero", "1%"));
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::score)
                .containsExactly("4.5", "7.5", "0");
        assertThat(doc.figures()).containsEntry("evaluation.score.output", "12.00");
    }

    @Test
    void aBoundRateIsPrintedInPercentAndScoredUnrounded() {
        FiguresDocument doc = build(spent("1000.00", "899.95")
                .indicator("r", null, "产出指标", "时效指标", "预算执行率", "≥90%", "10", EXECUTION_RATE)
                .indicator("m", null, "产出指标", "成本指标", "全年支出", "≥0.09万元", "10", TOTAL_EXPENDITURE));
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("90.00%", "10"),
                        org.assertj.core.groups.Tuple.tuple("0.09万元", "10"));
        // 89.995 % rounds to 90.00 % in print, but the score is taken from the unrounded rate: 9.9994… → 10.00;
        // 0.089995万元 prints as the forms print money, 0.09万元, and is scored unrounded (≥0.09: 99.99 % → 10)
        assertThat(doc.figures()).containsEntry("execution.rate", "0.9000");
    }

    @Test
    void aQualitativeJudgementWithoutWordsPrintsItsBandAndABareNumberItsTargetsUnit() {
        FiguresDocument doc = build(spent("100.00", "100.00")
                .indicator("q", null, "效益指标", "社会效益指标", "社会影响", "显著提升", "10").judged("q", null, "9")
                .indicator("n", null, "产出指标", "数量指标", "督导次数", "=8个", "10").outcome("n", "8"));
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("达成年度指标", "9"),
                        org.assertj.core.groups.Tuple.tuple("8个", "10"));
    }

    @Test
    void anIndicatorWithItsFrameworksRuleIsScoredByThatRule() {
        var rule = new budgetledger.core.performance.ScoringRule(budgetledger.core.performance.ScoringRule.Kind.DEDUCTION,
                "1", "0.5", null, "湖南省部门整体支出绩效评价指标体系");
        FiguresDocument doc = build(spent("100.00", "100.00")
                .ruledIndicator("d", "产出指标", "数量指标", "预算完成率", "≤100%", "5", rule).outcome("d", "103%"));
        // the proportional ≤ rule would give 4.85 (linear to zero at twice the target); the framework's gives 3.5
        assertThat(doc.indicators().get("department").get(0).score()).isEqualTo("3.5");
    }

    @Test
    void theOlderFrameworksMeasuresAreReadFromTheLedger() {
        FiguresDocument doc = build(spent("1000.00", "800.00").supplement("office", "100.00")
                .procurementBudget("200.00").spendOnProcurement("buy", "office", "31002", "150.00")
                .indicator("adj", null, "过程指标", "预算执行", "预算控制率", "≤20%", "5",
                        budgetledger.core.performance.LedgerMeasure.BUDGET_ADJUSTMENT_RATE)
                .indicator("gp", null, "过程指标", "预算执行", "政府采购执行率", "≥90%", "5",
                        budgetledger.core.performance.LedgerMeasure.PROCUREMENT_EXECUTION_RATE)
                .indicator("done", null, "过程指标", "预算执行", "预算完成率", "≥95%", "5",
                        budgetledger.core.performance.LedgerMeasure.BUDGET_COMPLETION_RATE));
        assertThat(doc.figures()).containsEntry("budget.adjustmentRate", "0.1000")
                .containsEntry("procurement.executionRate", "0.7500");
        // 100 of 1000 adjusted: 10 % ≤ 20 %; 150 of 200 procured: 75 ÷ 90 × 5; 950 of 1100 spent: 86.36 ÷ 95 × 5
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10.00%", "5"),
                        org.assertj.core.groups.Tuple.tuple("75.00%", "4.17"),
                        org.assertj.core.groups.Tuple.tuple("86.36%", "4.55"));
    }

    @Test
    void threePublicChangeRateIsScoredAgainstThePriorYear() {
        LedgerFixture before = LedgerFixture.year(2023)
                .line("u", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", null, null, "10000.00")
                .threePublicLimits("0", "0", "0", "5000.00").spendOnReception("r", "u", "1000.00", 2, 8);
        LedgerFixture now = LedgerFixture.year(2024)
                .line("u", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", null, null, "10000.00")
                .threePublicLimits("0", "0", "0", "5000.00").spendOnReception("r", "u", "800.00", 2, 6)
                .indicator("c", null, "过程指标", "预算管理", "三公经费变动率", "≤0%", "5",
                        budgetledger.core.performance.LedgerMeasure.THREE_PUBLIC_CHANGE_RATE);
        FiguresDocument doc = KeyFigures.build(now.view(), before.view(), null, null, FiguresOptions.DEFAULT);
        // 800 against 1000 the year before: −20 %, within ≤ 0 %: full marks; the prior year's scores are still there
        assertThat(doc.figures()).containsEntry("change.threePublic.total.actual.rate", "-0.2000")
                .containsKey("prior.evaluation.score.total");
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-20.00%", "5"));
        // with no prior year at all there is nothing to measure: no actual, and it scores 0
        FiguresDocument first = build(now);
        assertThat(first.indicators().get("department")).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "0"));
    }

    @Test
    void aBoundRateOverAZeroBudgetHasNoActual() {
        LedgerFixture f = LedgerFixture.year(2024).project("p1", "业务工作开展专项经费", BUSINESS)
                .indicator("r", "p1", "产出指标", "时效指标", "执行率", "≥90%", "10", PROJECT_EXECUTION_RATE);
        ProjectFigures p1 = build(f).projects().get(0);
        assertThat(p1.indicators().get(0).actual()).isEmpty();
        // no budget: execution is 不适用 (null), the indicator without an outcome is evaluated and scores 0
        assertThat(p1.figures()).containsEntry("execution.rate", null)
                .containsEntry("score.execution", null)
                .containsEntry("score.total", "0.00")
                .containsEntry("grade", "差");
        JsonNode json = LedgerJson.mapper().valueToTree(p1);
        assertThat(json.get("figures").get("execution.rate").isNull()).isTrue();
    }

    @Test
    void executionPointsAreCappedAtTheWeightUnlessTheDeploymentSaysOtherwise() {
        LedgerFixture over = LedgerFixture.year(2024)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "100.00")
                .spend("a", "office", "30201", "100.00")
                .reduce("office", "0.01"); // the ledger refuses this; an imported history might not
        assertThat(build(over).figures()).containsEntry("evaluation.score.execution", "10.00");
        FiguresOptions uncapped = new FiguresOptions(false, Scoring.GradeBands.DEFAULT);
        assertThat(KeyFigures.build(over.view(), null, null, null, uncapped).figures())
                .containsEntry("evaluation.score.execution", "10.00")
                .containsEntry("execution.rate", "1.0001");
    }

    @Test
    void theGoalChoosesTheExecutionWeightAndTheDeploymentTheGradeBands() {
        FiguresOptions bands = new FiguresOptions(true,
                new Scoring.GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(70), BigDecimal.valueOf(60)));
        LedgerFixture year = spent("100.00", "85.00")
                .goal(null, "整体目标", "hunan-department-2020",
                        Map.of("预算执行", "20", "产出", "80", "效益", "0", "满意度", "0"))
                .indicator("d1", null, "产出指标", "数量指标", "培训", "≥100次", "80").outcome("d1", "70次");
        // 17 of 20 for execution + 56 of 80: 73, 良 on the 80 / 70 / 60 bands, 中 on 财政部's 90 / 80 / 60
        FiguresDocument doc = KeyFigures.build(year.view(), null, null, null, bands);
        assertThat(doc.figures()).containsEntry("evaluation.score.execution", "17.00")
                .containsEntry("evaluation.score.total", "73.00")
                .containsEntry("evaluation.grade", "良");
        assertThat(build(year).figures()).containsEntry("evaluation.grade", "中");
    }

    @Test
    void withoutGoalOrWithAnOldGoalTheExecutionWeighsTheDefaultTemplatesTen() {
        LedgerFixture year = spent("100.00", "85.00").goal(null, "整体目标", null);
        assertThat(build(year).figures()).containsEntry("evaluation.score.execution", "8.50");
    }

    @Test
    void aProjectOnTheProvincialFormIsScoredAtItsWeightsAndRescaledWithoutBudget() {
        LedgerFixture f = LedgerFixture.year(2024).project("p1", "专项", BUSINESS)
                .goal("p1", "目标", "provincial-project-4funds", null)
                .indicator("q", "p1", "产出指标", "数量指标", "次数", "≥10次", "60").outcome("q", "9次");
        // no budget: 54 of the indicators' 60 over the form's 70 (10 + 60) → 63.00
        assertThat(build(f).projects().get(0).figures()).containsEntry("score.execution", null)
                .containsEntry("score.total", "63.00");
    }

    @Test
    void aProjectTotalsItsExecutionPointsAndAllItsRows() {
        LedgerFixture f = LedgerFixture.year(2024).project("p1", "业务工作开展专项经费", BUSINESS)
                .goal("p1", "目标", "hunan-project-2020", Map.of("效益", "40", "满意度", "0"))
                .line("p1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1", "378.30")
                .spend("a", "p1", "30299", "365.26")
                .indicator("q", "p1", "产出指标", "数量指标", "次数", "≥1次", "50").outcome("q", "2次")
                .indicator("s", "p1", "效益指标", "社会效益指标", "提升", "不断提升", "40").judged("s", "基本达成", "32");
        ProjectFigures p1 = build(f).projects().get(0);
        assertThat(p1.figures()).containsEntry("execution.rate", "0.9655")
                .containsEntry("score.execution", "9.66")
                .containsEntry("score.output", "50.00")
                .containsEntry("score.outcome", "32.00")
                .containsEntry("score.total", "91.66")
                .containsEntry("grade", "优");
    }

    private static FiguresDocument build(LedgerFixture f) {
        return KeyFigures.build(f.view(), null, null, null, FiguresOptions.DEFAULT);
    }
}
