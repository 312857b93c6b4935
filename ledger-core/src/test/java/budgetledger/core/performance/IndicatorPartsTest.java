package budgetledger.core.performance;

import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/scoring.md, 评价模板: an indicator's 一级指标 must be a part of its evaluation's template — refused otherwise
 * (PART_NOT_IN_TEMPLATE, Chinese first, nothing recorded), also when a goal would move registered indicators onto a
 * template without their part. The books here change as the ledger's do: only by the recorded events.
 */
class IndicatorPartsTest {
    private static final DepartmentYear DY = new DepartmentYear("d", 2024);
    private final Projects projects = new Projects();
    private final Indicators indicators = new Indicators();

    private void projectOn(String code, String template) {
        projects.registered((ProjectRegistered) projects.register(new RegisterProject("d", 2024, code, "村级补助",
                ProjectCategory.SPECIAL, null), DY).event());
        projects.goalSet((PerformanceGoalSet) goal(code, template).event());
    }

    private Fact goal(String code, String template) {
        return Evaluation.goal(new SetPerformanceGoal("d", 2024, code, "补助行政村", null, template, null, null), DY,
                projects, indicators);
    }

    private Fact define(String id, String code, String level1) {
        return indicators.define(new DefineIndicator("d", 2024, id, code, level1, "数量指标", "补助行政村个数", "≥120个",
                null, null, null, "10", null), DY, projects);
    }

    private void defined(String id, String code, String level1) {
        indicators.defined((IndicatorDefined) define(id, code, level1).event());
    }

    @Test
    void anIndicatorUnderAPartItsTemplateLacksIsRefusedInChineseWithTheTemplatesParts() {
        projectOn("SJ-01", "provincial-project-4funds");
        assertThatThrownBy(() -> define("s", "SJ-01", "满意度指标")).isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.PART_NOT_IN_TEMPLATE))
                .hasMessageStartingWith("一级指标不属于该评价所用评价模板的组成部分：一级指标“满意度指标”不在评价模板 provincial-project-4funds")
                .hasMessageContaining("该模板的一级指标为 产出、效益");
        assertThat(indicators.level1sOf("SJ-01")).isEmpty();
        assertThat(ErrorCode.PART_NOT_IN_TEMPLATE.status()).isBetween(400, 499);
        // the same part is the template's own on the default project form, and 产出 is on both
        assertThat(define("o", "SJ-01", "产出指标").event()).isInstanceOf(IndicatorDefined.class);
    }

    @Test
    void theDepartmentsDefaultFormHasNoInputOrProcessButTheOlderFrameworkHas() {
        assertThatThrownBy(() -> define("p", null, "过程指标")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("hunan-department-2020");
        projects.goalSet((PerformanceGoalSet) goal(null, "hunan-department-legacy").event());
        assertThat(((IndicatorDefined) define("p", null, "过程指标").event()).level1()).isEqualTo("过程指标");
    }

    @Test
    void theExecutionPartIsScoredFromTheRateAndCannotHoldIndicators() {
        assertThatThrownBy(() -> define("e", null, "预算执行")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("：“预算执行”按预算执行率计分");
    }

    @Test
    void aGoalCannotMoveRegisteredIndicatorsOntoATemplateWithoutTheirPart() {
        projectOn("SJ-01", null);
        defined("s", "SJ-01", "满意度指标");
        assertThatThrownBy(() -> goal("SJ-01", "provincial-project-4funds")).isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.PART_NOT_IN_TEMPLATE))
                .hasMessageContaining("满意度指标").hasMessageContaining("须先撤回这些指标");
        assertThat(projects.template("SJ-01").key()).isEqualTo("hunan-project-2020");
    }

    @Test
    void withdrawingAGoalReturnsToTheDefaultOnlyWhenTheIndicatorsFitIt() {
        projects.goalSet((PerformanceGoalSet) goal(null, "hunan-department-legacy").event());
        defined("i", null, "投入指标");
        assertThatThrownBy(() -> projects.withdrawGoal(new WithdrawPerformanceGoal("d", 2024, null, "改用新模板"), DY,
                indicators)).isInstanceOf(LedgerException.class).hasMessageContaining("投入指标");
        indicators.withdrawn(new IndicatorWithdrawn("d", 2024, "i", "登记有误"));
        assertThat(projects.withdrawGoal(new WithdrawPerformanceGoal("d", 2024, null, "改用新模板"), DY, indicators)
                .event()).isInstanceOf(PerformanceGoalWithdrawn.class);
    }

    @Test
    void aPartIsFoundByTheStartOfTheIndicatorsFirstLevel() {
        EvaluationTemplate legacy = EvaluationTemplates.find("hunan-department-legacy").orElseThrow();
        assertThat(legacy.partOf(" 投入指标").map(EvaluationTemplate.Part::name)).contains("投入");
        assertThat(legacy.partOf("满意度指标")).isEmpty();
        assertThat(legacy.partOf("预算执行")).isEmpty();
    }
}
