package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.AdjustBudget;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.ApproveBudgetProposal;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetAdjustmentProposed;
import budgetledger.core.budget.BudgetProposalRejected;
import budgetledger.core.budget.BudgetTransferProposed;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.expenditure.RecordExpenditure;
import budgetledger.core.money.Money;
import budgetledger.core.yearend.CloseFiscalYear;
import budgetledger.core.yearend.OpenFiscalYear;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import budgetledger.core.budget.ProposeBudgetAdjustment;
import budgetledger.core.budget.ProposeBudgetTransfer;
import budgetledger.core.budget.RejectBudgetProposal;
import budgetledger.core.budget.TransferBudget;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maker–checker on budget adjustments and transfers: a proposal has no effect on the lines; only a different user's
 * approval records BudgetAdjusted / BudgetTransferred, naming both; a rejection needs a reason; nothing is decided
 * twice. The direct AdjustBudget / TransferBudget is an administrator's migration only.
 */
class MakerCheckerTest {
    static final String MAKER = "li-lu";
    static final String CHECKER = "wang-shen";
    static final String OTHER_LINE = "L-B";
    AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        // a fixture without LedgerFixture's migration marking: what a user of the API gets
        fixture = new AggregateTestFixture<>(DepartmentYearLedger.class);
    }

    static Map<String, Object> by(String user) {
        return Map.of(AuditKeys.RECORDED_BY, user);
    }

    static Map<String, Object> by(String user, String reason, String document) {
        return Map.of(AuditKeys.RECORDED_BY, user, AuditKeys.REASON, reason, AuditKeys.DOCUMENT, document);
    }

    static ProposeBudgetAdjustment proposeSupplement(String proposalId, String amount) {
        return new ProposeBudgetAdjustment(DEPT, YEAR, proposalId, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT,
                yuan(amount), MARCH_1);
    }

    static ProposeBudgetAdjustment proposeReduction(String proposalId, String amount) {
        return new ProposeBudgetAdjustment(DEPT, YEAR, proposalId, PUBLIC_LINE, AdjustmentDirection.REDUCTION,
                yuan(amount), MARCH_1);
    }

    static ProposeBudgetTransfer proposeTransfer(String proposalId, String amount) {
        return new ProposeBudgetTransfer(DEPT, YEAR, proposalId, PUBLIC_LINE, OTHER_LINE, yuan(amount), MARCH_1);
    }

    static ApproveBudgetProposal approve(String proposalId) {
        return new ApproveBudgetProposal(DEPT, YEAR, proposalId);
    }

    /** Open year, L-PUBLIC 100.00 and L-B 20.00, and proposal P-1 (追加 50.00 to L-PUBLIC) by the maker. */
    static List<Object> aPendingSupplement() {
        return List.of(openYear(), publicLine(PUBLIC_LINE, "100.00"), publicLine(OTHER_LINE, "20.00"),
                withMeta(proposeSupplement("P-1", "50.00"), by(MAKER, "年中追加", "益财预指〔2024〕44号")));
    }

    static Matcher<List<EventMessage<?>>> eventsSatisfy(Consumer<List<EventMessage<?>>> check) {
        return new BaseMatcher<>() {
            AssertionError failure;

            @Override
            @SuppressWarnings("unchecked")
            public boolean matches(Object actual) {
                try {
                    check.accept((List<EventMessage<?>>) actual);
                    return true;
                } catch (AssertionError e) {
                    failure = e;
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(failure == null ? "events satisfying the check" : failure.getMessage());
            }
        };
    }

    @Test
    void aProposalIsRecordedWithItsProposerAndHasNoEffect() {
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"))
                .when(proposeSupplement("P-1", "50.00"), by(MAKER, "年中追加", "益财预指〔2024〕44号"))
                .expectEvents(new BudgetAdjustmentProposed(DEPT, YEAR, "P-1", PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT,
                        yuan("50.00"), MARCH_1))
                .expectResultMessagePayload(new Recorded("P-1", 2, false))
                .expectEventsMatching(eventsSatisfy(events -> assertThat(events.get(0).getMetaData())
                        .containsEntry(AuditKeys.RECORDED_BY, MAKER)
                        .containsEntry(AuditKeys.PROPOSED_BY, MAKER)
                        .containsEntry(AuditKeys.REASON, "年中追加")
                        .doesNotContainKey(AuditKeys.APPROVED_BY)));
    }

    @Test
    void noEffectOnAvailableBudgetUntilApproved() {
        fixture.givenCommands(aPendingSupplement())
                .when(expenditure("E1", PUBLIC_LINE, "100.01"))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void aDifferentApproverMakesItTakeEffectNamingBoth() {
        fixture.givenCommands(aPendingSupplement())
                .when(approve("P-1"), by(CHECKER))
                .expectEvents(new BudgetAdjusted(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT, yuan("50.00"),
                        MARCH_1))
                .expectResultMessagePayload(new Recorded("P-1", 4, false))
                .expectEventsMatching(eventsSatisfy(events -> assertThat(events.get(0).getMetaData())
                        .containsEntry(AuditKeys.RECORDED_BY, CHECKER)
                        .containsEntry(AuditKeys.PROPOSED_BY, MAKER)
                        .containsEntry(AuditKeys.APPROVED_BY, CHECKER)
                        .containsEntry(AuditKeys.PROPOSAL, "P-1")
                        .containsEntry(AuditKeys.SUBJECT, PUBLIC_LINE)
                        .containsEntry(AuditKeys.BUSINESS_DATE, MARCH_1.toString())
                        // the proposal's reason and document go with the effect
                        .containsEntry(AuditKeys.REASON, "年中追加")
                        .containsEntry(AuditKeys.DOCUMENT, "益财预指〔2024〕44号")));
    }

    @Test
    void afterApprovalTheSupplementedBudgetCanBeSpent() {
        fixture.givenCommands(plus(aPendingSupplement(), withMeta(approve("P-1"), by(CHECKER))))
                .when(expenditure("E1", PUBLIC_LINE, "150.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        fixture.givenCommands(aPendingSupplement())
                .when(approve("P-1"), by(MAKER))
                .expectException(refusedWith(ErrorCode.SELF_APPROVAL))
                .expectNoEvents();
    }

    @Test
    void theProposerIsComparedAfterTrimming() {
        fixture.givenCommands(aPendingSupplement())
                .when(approve("P-1"), by(" " + MAKER + " "))
                .expectException(refusedWith(ErrorCode.SELF_APPROVAL));
    }

    @Test
    void anUnsignedProposalOrApprovalIsRefused() {
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"))
                .when(proposeSupplement("P-1", "50.00"))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
        fixture.givenCommands(aPendingSupplement())
                .when(approve("P-1"))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheProposal() {
        fixture.givenCommands(aPendingSupplement())
                .when(new RejectBudgetProposal(DEPT, YEAR, "P-1", " "), by(CHECKER))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
        fixture.givenCommands(aPendingSupplement())
                .when(new RejectBudgetProposal(DEPT, YEAR, "P-1", "无财政批复文件"), by(CHECKER))
                .expectEvents(new BudgetProposalRejected(DEPT, YEAR, "P-1", "无财政批复文件"))
                .expectEventsMatching(eventsSatisfy(events -> assertThat(events.get(0).getMetaData())
                        .containsEntry(AuditKeys.RECORDED_BY, CHECKER)
                        .containsEntry(AuditKeys.PROPOSED_BY, MAKER)
                        .containsEntry(AuditKeys.PROPOSAL, "P-1")
                        .containsEntry(AuditKeys.REASON, "无财政批复文件")
                        .doesNotContainKey(AuditKeys.APPROVED_BY)));
        fixture.givenCommands(plus(aPendingSupplement(),
                        withMeta(new RejectBudgetProposal(DEPT, YEAR, "P-1", "无财政批复文件"), by(CHECKER))))
                .when(approve("P-1"), by("zhao-shen"))
                .expectException(refusedWith(ErrorCode.PROPOSAL_DECIDED))
                .expectNoEvents();
    }

    @Test
    void nothingIsDecidedTwice() {
        fixture.givenCommands(plus(aPendingSupplement(), withMeta(approve("P-1"), by(CHECKER))))
                .when(approve("P-1"), by("zhao-shen"))
                .expectException(refusedWith(ErrorCode.PROPOSAL_DECIDED))
                .expectNoEvents();
        fixture.givenCommands(plus(aPendingSupplement(), withMeta(approve("P-1"), by(CHECKER))))
                .when(new RejectBudgetProposal(DEPT, YEAR, "P-1", "迟了"), by("zhao-shen"))
                .expectException(refusedWith(ErrorCode.PROPOSAL_DECIDED));
    }

    @Test
    void unknownAndDuplicateProposals() {
        fixture.givenCommands(aPendingSupplement())
                .when(approve("P-404"), by(CHECKER))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL));
        fixture.givenCommands(aPendingSupplement())
                .when(proposeSupplement("P-1", "1.00"), by(MAKER))
                .expectException(refusedWith(ErrorCode.DUPLICATE_PROPOSAL));
    }

    @Test
    void anUnnamedProposalIsNumberedByItsStreamPosition() {
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"))
                .when(proposeSupplement(null, "5.00"), by(MAKER))
                .expectResultMessagePayload(new Recorded("TZ-2", 2, false));
        // the id is the proposal's own: approving it by that id works
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"),
                        withMeta(proposeSupplement(null, "5.00"), by(MAKER)))
                .when(approve("TZ-2"), by(CHECKER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Recorded("TZ-2", 3, false));
    }

    @Test
    void theRulesAreCheckedWhenProposedAndAgainWhenApproved() {
        // a reduction beyond what is available cannot even be proposed
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"))
                .when(proposeReduction("P-1", "100.01"), by(MAKER))
                .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE));
        // spending after the proposal leaves too little: the approval is refused
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"), publicLine(OTHER_LINE, "20.00"),
                        withMeta(proposeTransfer("P-2", "60.00"), by(MAKER)),
                        expenditure("E1", PUBLIC_LINE, "50.00"))
                .when(approve("P-2"), by(CHECKER))
                .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE))
                .expectNoEvents();
    }

    @Test
    void aTransferTakesEffectOnlyWhenApproved() {
        List<Object> proposed = List.of(openYear(), publicLine(PUBLIC_LINE, "100.00"), publicLine(OTHER_LINE, "20.00"),
                withMeta(proposeTransfer("P-2", "30.00"), by(MAKER)));
        fixture.givenCommands(List.of(openYear(), publicLine(PUBLIC_LINE, "100.00"), publicLine(OTHER_LINE, "20.00")))
                .when(proposeTransfer("P-2", "30.00"), by(MAKER))
                .expectEvents(new BudgetTransferProposed(DEPT, YEAR, "P-2", PUBLIC_LINE, OTHER_LINE, yuan("30.00"), MARCH_1));
        fixture.givenCommands(proposed)
                .when(expenditure("E1", OTHER_LINE, "20.01"))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED));
        fixture.givenCommands(proposed)
                .when(approve("P-2"), by(CHECKER))
                .expectEvents(new BudgetTransferred(DEPT, YEAR, PUBLIC_LINE, OTHER_LINE, yuan("30.00"), MARCH_1))
                .expectEventsMatching(eventsSatisfy(events -> assertThat(events.get(0).getMetaData())
                        .containsEntry(AuditKeys.PROPOSED_BY, MAKER)
                        .containsEntry(AuditKeys.APPROVED_BY, CHECKER)));
        fixture.givenCommands(plus(proposed, withMeta(approve("P-2"), by(CHECKER))))
                .when(expenditure("E1", OTHER_LINE, "50.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void inAClosedYearAProposalCanOnlyBeRejected() {
        List<Object> closed = plus(aPendingSupplement(), close());
        fixture.givenCommands(closed)
                .when(approve("P-1"), by(CHECKER))
                .expectException(refusedWith(ErrorCode.YEAR_CLOSED));
        fixture.givenCommands(closed)
                .when(new RejectBudgetProposal(DEPT, YEAR, "P-1", "已结账"), by(CHECKER))
                .expectEvents(new BudgetProposalRejected(DEPT, YEAR, "P-1", "已结账"));
    }

    @Test
    void aDirectAdjustmentOrTransferIsAMigrationOnly() {
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"), publicLine(OTHER_LINE, "20.00"))
                .when(new AdjustBudget(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT, yuan("1.00"), MARCH_1),
                        by(MAKER))
                .expectException(refusedWith(ErrorCode.PROPOSAL_REQUIRED))
                .expectNoEvents();
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"), publicLine(OTHER_LINE, "20.00"))
                .when(new TransferBudget(DEPT, YEAR, PUBLIC_LINE, OTHER_LINE, yuan("1.00"), MARCH_1), by(MAKER))
                .expectException(refusedWith(ErrorCode.PROPOSAL_REQUIRED));
        // the administrator's migration of an adjustment approved elsewhere keeps its names
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"))
                .when(new AdjustBudget(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT, yuan("1.00"), MARCH_1),
                        Map.of(AuditKeys.MIGRATION, "true", AuditKeys.RECORDED_BY, "朱琳",
                                AuditKeys.PROPOSED_BY, "朱琳", AuditKeys.APPROVED_BY, "财务科长"))
                .expectEventsMatching(eventsSatisfy(events -> assertThat(events.get(0).getMetaData())
                        .containsEntry(AuditKeys.PROPOSED_BY, "朱琳")
                        .containsEntry(AuditKeys.APPROVED_BY, "财务科长")
                        .doesNotContainKey(AuditKeys.MIGRATION)));
        // … but not one that names the same person twice
        fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"))
                .when(new AdjustBudget(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT, yuan("1.00"), MARCH_1),
                        Map.of(AuditKeys.MIGRATION, "true", AuditKeys.PROPOSED_BY, "朱琳", AuditKeys.APPROVED_BY, "朱琳"))
                .expectException(refusedWith(ErrorCode.SELF_APPROVAL));
    }

    // ---- 中共益阳市委组织部's 2024 ledger (self-contained: the aggregate's other tests have their own fixture) ----

    static final String DEPT = "yiyang-zzb";
    static final int YEAR = 2024;
    static final String PUBLIC_LINE = "L-PUBLIC";
    static final LocalDate MARCH_1 = LocalDate.of(YEAR, 3, 1);

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    static OpenFiscalYear openYear() {
        return new OpenFiscalYear(DEPT, "中共益阳市委组织部", YEAR, List.of(), null);
    }

    static RecordAppropriation publicLine(String lineId, String amount) {
        return new RecordAppropriation(DEPT, YEAR, lineId, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, null,
                "2013201", null, null, yuan(amount), true, LocalDate.of(YEAR, 1, 2));
    }

    static RecordExpenditure expenditure(String expenditureId, String lineId, String amount) {
        return new RecordExpenditure(DEPT, YEAR, expenditureId, lineId, yuan(amount), LocalDate.of(YEAR, 6, 30), "30201",
                "益阳市某文具店", "记-0601", "办公用品", null, null, false);
    }

    static CloseFiscalYear close() {
        return new CloseFiscalYear(DEPT, YEAR, LocalDate.of(YEAR, 12, 31), List.of());
    }

    static CommandMessage<?> withMeta(Object command, Map<String, ?> metaData) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
    }

    static List<Object> plus(List<Object> setUp, Object... more) {
        List<Object> all = new ArrayList<>(setUp);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static Matcher<Object> refusedWith(ErrorCode code) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof LedgerException e && e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("LedgerException with code " + code);
            }
        };
    }
}
