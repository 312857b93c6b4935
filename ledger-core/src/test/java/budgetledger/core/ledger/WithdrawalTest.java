package budgetledger.core.ledger;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.IndicatorWithdrawn;
import budgetledger.core.performance.PerformanceGoalWithdrawn;
import budgetledger.core.performance.ProjectWithdrawn;
import budgetledger.core.performance.RecordIndicatorOutcome;
import budgetledger.core.performance.SetPerformanceGoal;
import budgetledger.core.performance.WithdrawIndicator;
import budgetledger.core.performance.WithdrawPerformanceGoal;
import budgetledger.core.performance.WithdrawProject;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budgetledger.core.ledger.LedgerFixture.*;

/** 撤回登记: a mistaken project, indicator or goal leaves by an event with a reason, only while nothing uses it. */
class WithdrawalTest {
    private static final String REASON = "误登记，撤回";
    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    private static WithdrawProject withdrawProject(String code) {
        return new WithdrawProject(DEPT, YEAR, code, REASON);
    }

    private static DefineIndicator projectIndicator(String id) {
        return new DefineIndicator(DEPT, YEAR, id, PROJECT, "产出指标", "数量指标", "培训人次", "≥100人次", null, null,
                null, "10", null);
    }

    @Test
    void withdrawsAProjectNothingRefersTo() {
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(withdrawProject(PROJECT))
                .expectEvents(new ProjectWithdrawn(DEPT, YEAR, PROJECT, REASON, List.of()))
                .expectResultMessagePayload(new Recorded(PROJECT, 2, false));
    }

    @Test
    void aWithdrawnProjectNoLongerTakesLinesAndMayBeRegisteredAgain() {
        fixture.givenCommands(openYear(), project(PROJECT), withdrawProject(PROJECT))
                .when(projectLine("L-P", PROJECT, "1000.00"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                .expectNoEvents();
        ledgerFixture().givenCommands(openYear(), project(PROJECT), withdrawProject(PROJECT))
                .when(project(PROJECT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAProjectWithAnExpenditureOnItsLine() {
        fixture.givenCommands(plus(anOpenYearWithProjectLine("L-P", "1000.00"), expenditure("E1", "L-P", "10.00")))
                .when(withdrawProject(PROJECT))
                .expectException(refusedWith(ErrorCode.REGISTRATION_IN_USE))
                .expectNoEvents();
    }

    @Test
    void refusesAProjectWithIndicatorsUntilTheyAreWithdrawn() {
        fixture.givenCommands(openYear(), project(PROJECT), projectIndicator("I1"))
                .when(withdrawProject(PROJECT))
                .expectException(refusedWith(ErrorCode.REGISTRATION_IN_USE))
                .expectNoEvents();
        ledgerFixture().givenCommands(openYear(), project(PROJECT), projectIndicator("I1"),
                        new WithdrawIndicator(DEPT, YEAR, "I1", REASON))
                .when(withdrawProject(PROJECT))
                .expectEvents(new ProjectWithdrawn(DEPT, YEAR, PROJECT, REASON, List.of()));
    }

    @Test
    void refusesAProjectWithAGoalUntilTheGoalIsWithdrawn() {
        SetPerformanceGoal goal = new SetPerformanceGoal(DEPT, YEAR, PROJECT, "完成培训", null);
        fixture.givenCommands(openYear(), project(PROJECT), goal)
                .when(withdrawProject(PROJECT))
                .expectException(refusedWith(ErrorCode.REGISTRATION_IN_USE))
                .expectNoEvents();
        ledgerFixture().givenCommands(openYear(), project(PROJECT), goal,
                        new WithdrawPerformanceGoal(DEPT, YEAR, PROJECT, REASON))
                .when(withdrawProject(PROJECT))
                .expectEvents(new ProjectWithdrawn(DEPT, YEAR, PROJECT, REASON, List.of()));
    }

    @Test
    void refusesAnUnknownProjectAndABlankReason() {
        fixture.givenCommands(anOpenYear())
                .when(withdrawProject("P-NOPE"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                .expectNoEvents();
        ledgerFixture().givenCommands(openYear(), project(PROJECT))
                .when(new WithdrawProject(DEPT, YEAR, PROJECT, "  "))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void withdrawsAnIndicatorWithoutOutcomeAndThenRefusesItsOutcome() {
        fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                .when(new WithdrawIndicator(DEPT, YEAR, "I1", REASON))
                .expectEvents(new IndicatorWithdrawn(DEPT, YEAR, "I1", REASON));
        ledgerFixture().givenCommands(openYear(), indicator("I1", "≥700册", "5"),
                        new WithdrawIndicator(DEPT, YEAR, "I1", REASON))
                .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "800册", null, null, null, null))
                .expectException(refusedWith(ErrorCode.UNKNOWN_INDICATOR))
                .expectNoEvents();
    }

    @Test
    void refusesAnIndicatorWithAnOutcome() {
        fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"),
                        new RecordIndicatorOutcome(DEPT, YEAR, "I1", "800册", null, null, null, null))
                .when(new WithdrawIndicator(DEPT, YEAR, "I1", REASON))
                .expectException(refusedWith(ErrorCode.REGISTRATION_IN_USE))
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownIndicator() {
        fixture.givenCommands(anOpenYear())
                .when(new WithdrawIndicator(DEPT, YEAR, "I-NOPE", REASON))
                .expectException(refusedWith(ErrorCode.UNKNOWN_INDICATOR))
                .expectNoEvents();
    }

    @Test
    void withdrawsTheDepartmentGoalOnceAndRefusesAGoalNotInForce() {
        fixture.givenCommands(openYear(), new SetPerformanceGoal(DEPT, YEAR, null, "保障机关正常运转", null))
                .when(new WithdrawPerformanceGoal(DEPT, YEAR, null, REASON))
                .expectEvents(new PerformanceGoalWithdrawn(DEPT, YEAR, null, REASON))
                .expectResultMessagePayload(new Recorded("department", 2, false));
        ledgerFixture().givenCommands(openYear(), new SetPerformanceGoal(DEPT, YEAR, null, "保障机关正常运转", null),
                        new WithdrawPerformanceGoal(DEPT, YEAR, null, REASON))
                .when(new WithdrawPerformanceGoal(DEPT, YEAR, null, REASON))
                .expectException(refusedWith(ErrorCode.UNKNOWN_GOAL))
                .expectNoEvents();
    }

    @Test
    void aWithdrawalIsRecordedAfterTheYearIsClosed() {
        fixture.givenCommands(openYear(), project(PROJECT), close())
                .when(withdrawProject(PROJECT))
                .expectEvents(new ProjectWithdrawn(DEPT, YEAR, PROJECT, REASON, List.of()));
    }
}
