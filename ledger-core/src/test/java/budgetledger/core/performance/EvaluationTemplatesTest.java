package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class EvaluationTemplatesTest {

    @Test
    void theShippedTemplatesAddUpToAHundredAndNameTheirSource() {
        assertThat(EvaluationTemplates.all()).extracting(EvaluationTemplate::key).containsExactly(
                "hunan-department-2020", "hunan-project-2020", "hunan-department-legacy", "provincial-project-4funds");
        for (EvaluationTemplate t : EvaluationTemplates.all()) {
            assertThat(t.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(t.key())
                    .isEqualByComparingTo("100");
            assertThat(t.source()).as(t.key()).isNotBlank();
        }
    }

    @Test
    void theProvincialFormWeighsTenSixtyThirtyOnFourFundRows() {
        EvaluationTemplate t = EvaluationTemplates.find("provincial-project-4funds").orElseThrow();
        assertThat(t.scope()).isEqualTo(EvaluationTemplate.Scope.PROJECT);
        assertThat(t.parts()).extracting(EvaluationTemplate.Part::name, p -> p.weight().intValue())
                .containsExactly(tuple("预算执行", 10), tuple("产出", 60), tuple("效益", 30));
        assertThat(t.fundRows()).extracting(EvaluationTemplate.FundRow::label).containsExactly(
                "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金");
    }

    @Test
    void theSeedsFormsAreTheDefaultsOfOldGoals() {
        assertThat(EvaluationTemplates.forGoal(null, EvaluationTemplate.Scope.DEPARTMENT).key())
                .isEqualTo("hunan-department-2020");
        assertThat(EvaluationTemplates.forGoal(" ", EvaluationTemplate.Scope.PROJECT).fundRows())
                .extracting(EvaluationTemplate.FundRow::label).containsExactly("其中：当年财政拨款", "上年结转资金", "其他资金");
        assertThat(EvaluationTemplates.defaultFor(EvaluationTemplate.Scope.PROJECT).executionWeight())
                .isEqualByComparingTo("10");
        assertThat(EvaluationTemplates.find("hunan-department-legacy").orElseThrow().print().initialBudgetColumn())
                .isTrue();
    }

    @Test
    void aTemplateOfTheWrongScopeOrUnknownIsRefused() {
        assertThatThrownBy(() -> EvaluationTemplates.forGoal("provincial-project-4funds",
                EvaluationTemplate.Scope.DEPARTMENT)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("不适用于部门整体评价").hasMessageContaining("hunan-department-legacy");
        assertThatThrownBy(() -> EvaluationTemplates.forGoal("nope", EvaluationTemplate.Scope.PROJECT))
                .isInstanceOf(LedgerException.class).hasMessageContaining("没有评价模板 “nope”");
    }

    @Test
    void aTemplateWhoseWeightsDoNotAddUpToAHundredIsRefusedWithTheSum() {
        String json = """
                {"key":"bad","name":"x","scope":"PROJECT","source":"某文件",
                 "parts":[{"name":"预算执行","weight":10},{"name":"产出","weight":55},{"name":"效益","weight":30}],
                 "print":{"formTitle":"x","basicDataBudget":"FULL","basicDataLastRow":"BASIC"}}""";
        assertThatThrownBy(() -> EvaluationTemplates.read(stream(json)))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_WEIGHTS))
                .hasMessageContaining("评价模板 bad 的各部分权重合计为 95，须为 100");
    }

    @Test
    void aTemplateWithoutSourceOrExecutionPartIsRefused() {
        String noSource = """
                {"key":"x","scope":"PROJECT","parts":[{"name":"预算执行","weight":100}],
                 "print":{"formTitle":"x"}}""";
        assertThatThrownBy(() -> EvaluationTemplates.read(stream(noSource))).hasMessageContaining("source");
        String noExecution = """
                {"key":"x","scope":"PROJECT","source":"s","parts":[{"name":"产出","weight":100}],
                 "print":{"formTitle":"x"}}""";
        assertThatThrownBy(() -> EvaluationTemplates.read(stream(noExecution))).hasMessageContaining("预算执行");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
