package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.ProposeBudgetAdjustment;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.performance.ProjectWithdrawn;
import budgetledger.core.performance.WithdrawProject;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.DeclareOpeningBalances;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 撤回项目登记 with its budget lines: a mistaken project leaves with the lines appropriated to it while they are
 * still only that appropriation; any expenditure, adjustment, transfer, pending proposal, carry-over or close that
 * refers to one keeps the project, and the refusal names the line and what refers to it.
 */
class ProjectLinesWithdrawalTest {
    private static final String REASON = "项目误登记，连同其指标撤回";
    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    private static WithdrawProject withdraw() {
        return new WithdrawProject(DEPT, YEAR, PROJECT, REASON);
    }

    @Test
    void aProjectLeavesWithItsUnspentLinesEvenAtZero() {
        fixture.givenCommands(plus(anOpenYearWithProjectLine("L-P2", "0.00"), projectLine("L-P1", PROJECT, "1000.00"),
                        publicLine(PUBLIC_LINE, "50.00")))
                .when(withdraw())
                .expectEvents(new ProjectWithdrawn(DEPT, YEAR, PROJECT, REASON, List.of("L-P1", "L-P2")))
                .expectResultMessagePayload(new Recorded(PROJECT, 5, false));
    }

    @Test
    void aWithdrawnLineTakesNoExpenditureAndItsIdMayBeAppropriatedAgain() {
        List<Object> withdrawn = plus(anOpenYearWithProjectLine("L-P", "1000.00"), withdraw());
        fixture.givenCommands(withdrawn)
                .when(expenditure("E1", "L-P", "10.00"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_LINE))
                .expectNoEvents();
        ledgerFixture().givenCommands(plus(withdrawn, project(PROJECT)))
                .when(projectLine("L-P", PROJECT, "800.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusedOnceAnExpenditureNamedTheLineEvenIfReversed() {
        fixture.givenCommands(plus(anOpenYearWithProjectLine("L-P", "1000.00"), expenditure("E1", "L-P", "10.00"),
                        reversal("E1")))
                .when(withdraw())
                .expectException(refusal("项目 " + PROJECT + " 的预算指标 L-P 已有支出 E1，不能撤回"))
                .expectNoEvents();
    }

    @Test
    void refusedOnceASupplementOrATransferChangedTheLine() {
        fixture.givenCommands(plus(anOpenYearWithProjectLine("L-P", "0.00"), supplement("L-P", "100.00")))
                .when(withdraw())
                .expectException(refusal("项目 " + PROJECT + " 的预算指标 L-P 已有预算调整（追加/追减），不能撤回"))
                .expectNoEvents();
        // money moved from the project's line to another: withdrawing it would leave that money from nowhere
        ledgerFixture().givenCommands(plus(anOpenYearWithProjectLine("L-P", "100.00"),
                        publicLine(PUBLIC_LINE, "50.00"), transfer("L-P", PUBLIC_LINE, "20.00")))
                .when(withdraw())
                .expectException(refusal("项目 " + PROJECT + " 的预算指标 L-P 已有调剂（调出至 " + PUBLIC_LINE
                        + "），不能撤回"))
                .expectNoEvents();
    }

    @Test
    void refusedWhileAProposalOnTheLineIsPending() {
        var proposal = GenericCommandMessage.asCommandMessage(new ProposeBudgetAdjustment(DEPT, YEAR, "TZ-1", "L-P",
                AdjustmentDirection.SUPPLEMENT, yuan("5.00"), MARCH_1)).andMetaData(Map.of(AuditKeys.RECORDED_BY,
                "li-lu", AuditKeys.REASON, "追加培训费", AuditKeys.DOCUMENT, "益财预〔2024〕1号"));
        fixture.givenCommands(plus(anOpenYearWithProjectLine("L-P", "100.00"), proposal))
                .when(withdraw())
                .expectException(refusal("项目 " + PROJECT + " 的预算指标 L-P 有待审批的调整提议 TZ-1，不能撤回"))
                .expectNoEvents();
    }

    @Test
    void refusedWhenTheProjectHasADeclaredCarryOverLine() {
        CarriedLine balance = new CarriedLine("JZ-P", LineKind.PROJECT, FundNature.GENERAL_PUBLIC, "2013299", null,
                PROJECT, yuan("300.00"));
        fixture.givenCommands(openYear(), project(PROJECT),
                        new DeclareOpeningBalances(DEPT, YEAR, List.of(balance), "2023年度部门决算", false))
                .when(withdraw())
                .expectException(refusal("项目 " + PROJECT + " 的预算指标 JZ-P 为上年结转指标，不能撤回"))
                .expectNoEvents();
    }

    @Test
    void refusedWithLinesOnceTheYearIsClosed() {
        fixture.givenCommands(plus(anOpenYearWithProjectLine("L-P", "100.00"), close()))
                .when(withdraw())
                .expectException(refusal("项目 " + PROJECT + " 的预算指标 L-P 已在年终结账中结转或收回，不能撤回"))
                .expectNoEvents();
    }

    private static org.hamcrest.Matcher<Throwable> refusal(String detail) {
        return new org.hamcrest.BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof LedgerException e && e.code() == ErrorCode.REGISTRATION_IN_USE
                        && String.valueOf(e.getMessage()).contains(detail);
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("REGISTRATION_IN_USE naming “" + detail + "”");
            }
        };
    }
}
