package budgetledger.core.ledger;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.performance.PerformanceGoalSet;
import budgetledger.core.performance.SetPerformanceGoal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A goal chooses its evaluation template (docs/scoring.md, 评价模板) and may override its weights with a reason. */
class GoalTemplateTest {
    private static final String PROVINCIAL = "provincial-project-4funds";
    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    @Test
    void aProjectGoalRecordsTheTemplateItChose() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL, null, null))
                .expectEvents(new PerformanceGoalSet(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL, null, null));
    }

    @Test
    void aGoalWithoutTemplateRecordsItsScopesDefault() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null))
                .expectEvents(new PerformanceGoalSet(DEPT, YEAR, PROJECT, "完成培训", null, "hunan-project-2020", null,
                        null));
    }

    @Test
    void weightsAreOverriddenOnlyWithAReasonAndStillAddUpToAHundred() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL,
                        Map.of("预算执行", "20", "产出", "50"), "市财政局批复：本项目预算执行 20 分"))
                .expectEvents(new PerformanceGoalSet(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL,
                        Map.of("产出", "50", "预算执行", "20"), "市财政局批复：本项目预算执行 20 分"));
    }

    @Test
    void weightsWithoutReasonAreRefused() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL,
                        Map.of("预算执行", "20", "产出", "50"), " "))
                .expectException(refusedWith(ErrorCode.INVALID_WEIGHTS))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("须说明理由"))
                .expectNoEvents();
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreRefusedWithTheSum() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL,
                        Map.of("预算执行", "15"), "理由"))
                .expectException(refusedWith(ErrorCode.INVALID_WEIGHTS))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("权重合计为 105，须为 100"))
                .expectNoEvents();
    }

    @Test
    void aPartTheTemplateLacksIsRefused() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null, PROVINCIAL,
                        Map.of("满意度", "10", "产出", "50"), "理由"))
                .expectException(refusedWith(ErrorCode.INVALID_WEIGHTS))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("没有“满意度”部分"))
                .expectNoEvents();
    }

    @Test
    void aTemplateOfTheOtherScopeOrUnknownIsRefused() {
        fixture.givenCommands(openYear())
                .when(new SetPerformanceGoal(DEPT, YEAR, null, "整体目标", null, PROVINCIAL, null, null))
                .expectException(refusedWith(ErrorCode.UNKNOWN_TEMPLATE))
                .expectNoEvents();
        ledgerFixture().givenCommands(openYear())
                .when(new SetPerformanceGoal(DEPT, YEAR, null, "整体目标", null, "guangdong-2030", null, null))
                .expectException(LedgerException.class)
                .expectNoEvents();
    }

    @Test
    void anOldGoalEventReadsBackWithoutTemplate() throws Exception {
        String stored = "{\"departmentId\":\"d\",\"year\":2024,\"goal\":\"保障运转\"}";
        PerformanceGoalSet e = budgetledger.core.audit.LedgerJson.mapper().readValue(stored, PerformanceGoalSet.class);
        assertThat(e.template()).isNull();
        assertThat(e.weights()).isNull();
        assertThat(budgetledger.core.performance.EvaluationTemplates.recorded(e.template(), e.projectCode() != null)
                .key()).isEqualTo("hunan-department-2020");
    }
}
