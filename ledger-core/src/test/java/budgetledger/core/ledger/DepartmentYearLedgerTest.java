package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.HashChain;
import budgetledger.core.budget.AdjustBudget;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.FundSource;
import budgetledger.core.budget.FundsReceived;
import budgetledger.core.budget.ProcurementBudgetSet;
import budgetledger.core.budget.ReceiveFunds;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.budget.SetProcurementBudget;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.establishment.DeclareEstablishment;
import budgetledger.core.establishment.EstablishmentDeclared;
import budgetledger.core.establishment.StaffGroup;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.expenditure.RecordExpenditure;
import budgetledger.core.expenditure.ReverseExpenditure;
import budgetledger.core.money.Money;
import budgetledger.core.performance.Achievement;
import budgetledger.core.performance.Actual;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.EvaluationTextRecorded;
import budgetledger.core.performance.IndicatorDefined;
import budgetledger.core.performance.IndicatorOutcomeRecorded;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.core.performance.Operator;
import budgetledger.core.performance.PerformanceGoalSet;
import budgetledger.core.performance.ProjectRegistered;
import budgetledger.core.performance.RecordEvaluationText;
import budgetledger.core.performance.RecordIndicatorOutcome;
import budgetledger.core.performance.RegisterProject;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.core.performance.SetPerformanceGoal;
import budgetledger.core.performance.SubmitSelfEvaluation;
import budgetledger.core.performance.Target;
import budgetledger.core.threepublic.SetThreePublicLimits;
import budgetledger.core.threepublic.ThreePublicLimitsSet;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.CloseFiscalYear;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.core.yearend.OpenFiscalYear;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the department-year ledger, one given-when-then per rule. */
class DepartmentYearLedgerTest {
    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    static Posting officePosting(String lineId, String amount) {
        return new Posting(lineId, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, Vintage.CURRENT_YEAR,
                ADMIN_OPERATION, null, OFFICE, null, 0, 0, false, yuan(amount));
    }

    static AppropriationRecorded publicLineRecorded(String lineId, String amount) {
        return new AppropriationRecorded(DEPT, YEAR, lineId, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                Vintage.CURRENT_YEAR, ADMIN_OPERATION, null, null, yuan(amount), true, JAN_2);
    }

    /** The expenditure event of LedgerFixture.expenditure on PUBLIC_LINE: office supplies, dated 30 June. */
    static ExpenditureRecorded officeSpent(String expenditureId, String amount) {
        return new ExpenditureRecorded(DEPT, YEAR, expenditureId, JUNE_30, officePosting(PUBLIC_LINE, amount),
                "益阳市某文具店", "记-0601", "办公用品");
    }

    /** Runs AssertJ assertions over the events the command published (with their metadata). */
    static Matcher<List<? super EventMessage<?>>> eventsSatisfy(Consumer<List<EventMessage<?>>> assertions) {
        return new BaseMatcher<>() {
            @Override
            @SuppressWarnings("unchecked")
            public boolean matches(Object actual) {
                assertions.accept((List<EventMessage<?>>) actual);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events satisfying the assertions");
            }
        };
    }

    @Nested
    class OpeningTheYear {
        @Test
        void opensYearWithSha256ByDefault() {
            fixture.givenNoPriorActivity()
                    .when(openYear())
                    .expectEvents(new FiscalYearOpened(DEPT, DEPT_NAME, YEAR, List.of(), HashChain.SHA_256));
        }

        @Test
        void opensYearWithSm3WhenAsked() {
            fixture.givenNoPriorActivity()
                    .when(openYear("sm3"))
                    .expectEvents(new FiscalYearOpened(DEPT, DEPT_NAME, YEAR, List.of(), HashChain.SM3));
        }

        @Test
        void carriedLinesBecomeCarryOverBudgetThatCanBeSpent() {
            CarriedLine carried = new CarriedLine("L-2023", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                    ADMIN_OPERATION, null, null, yuan("0.01"));
            fixture.givenCommands(new OpenFiscalYear(DEPT, DEPT_NAME, YEAR, List.of(carried), null))
                    .when(expenditure("E1", "L-2023", "0.01"))
                    .expectEvents(new ExpenditureRecorded(DEPT, YEAR, "E1", JUNE_30,
                            new Posting("L-2023", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, Vintage.CARRY_OVER,
                                    ADMIN_OPERATION, null, OFFICE, null, 0, 0, false, yuan("0.01")),
                            "益阳市某文具店", "记-0601", "办公用品"));
        }

        @Test
        void refusesUnknownHashAlgorithm() {
            fixture.givenNoPriorActivity()
                    .when(openYear("MD5"))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesAYearBeforeTheFirstCatalogueEdition() {
            // 2017 has no 政府收支分类科目 here: opened, it could record nothing
            fixture.givenNoPriorActivity()
                    .when(new OpenFiscalYear(DEPT, DEPT_NAME, 2017, List.of(), null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesYearOutsideTheSupportedRange() {
            fixture.givenNoPriorActivity()
                    .when(new OpenFiscalYear(DEPT, DEPT_NAME, 1999, List.of(), null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesBlankDepartmentName() {
            fixture.givenNoPriorActivity()
                    .when(new OpenFiscalYear(DEPT, " ", YEAR, List.of(), null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesCarriedLineWithUnknownFunctionalCode() {
            CarriedLine carried = new CarriedLine("L-2023", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                    "2013298", null, null, yuan("10.00"));
            fixture.givenNoPriorActivity()
                    .when(new OpenFiscalYear(DEPT, DEPT_NAME, YEAR, List.of(carried), null))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_FUNCTIONAL_CODE))
                    .expectNoEvents();
        }

        @Test
        void refusesTwoCarriedLinesWithOneId() {
            CarriedLine carried = new CarriedLine("L-2023", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                    ADMIN_OPERATION, null, null, yuan("10.00"));
            fixture.givenNoPriorActivity()
                    .when(new OpenFiscalYear(DEPT, DEPT_NAME, YEAR, List.of(carried, carried), null))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_LINE))
                    .expectNoEvents();
        }

        @Test
        void refusesCarriedLineWithoutKindOrFundNature() {
            CarriedLine noKind = new CarriedLine("L-2023", null, FundNature.GENERAL_PUBLIC, ADMIN_OPERATION, null, null,
                    yuan("10.00"));
            CarriedLine noNature = new CarriedLine("L-2023", LineKind.BASIC_PUBLIC, null, ADMIN_OPERATION, null, null,
                    yuan("10.00"));
            for (CarriedLine broken : List.of(noKind, noNature)) {
                fixture.givenNoPriorActivity()
                        .when(new OpenFiscalYear(DEPT, DEPT_NAME, YEAR, List.of(broken), null))
                        .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                        .expectNoEvents();
            }
        }

        @Test
        void refusesCarriedLineWithZeroAmount() {
            CarriedLine carried = new CarriedLine("L-2023", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                    ADMIN_OPERATION, null, null, Money.ZERO);
            fixture.givenNoPriorActivity()
                    .when(new OpenFiscalYear(DEPT, DEPT_NAME, YEAR, List.of(carried), null))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }
    }

    @Nested
    class Establishment {
        private final List<StaffGroup> staff = List.of(new StaffGroup("行政编制", false, 56, 52),
                new StaffGroup("派驻纪检监察组", true, 4, 4));

        @Test
        void declaresStaffAndVehicles() {
            fixture.givenCommands(anOpenYear())
                    .when(new DeclareEstablishment(DEPT, YEAR, YEAR_END, staff, 11, 2, 2))
                    .expectEvents(new EstablishmentDeclared(DEPT, YEAR, YEAR_END, staff, 11, 2, 2))
                    .expectResultMessagePayload(new Recorded("establishment", 1, false));
        }

        @Test
        void refusesNegativeCounts() {
            fixture.givenCommands(anOpenYear())
                    .when(new DeclareEstablishment(DEPT, YEAR, YEAR_END,
                            List.of(new StaffGroup("行政编制", false, 56, -1)), 11, 2, 2))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesDeclarationDatedInAnotherYear() {
            fixture.givenCommands(anOpenYear())
                    .when(new DeclareEstablishment(DEPT, YEAR, LocalDate.of(2025, 1, 1), staff, 11, 2, 2))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class Appropriations {
        @Test
        void recordsAppropriationAsNewBudgetLine() {
            fixture.givenCommands(anOpenYear())
                    .when(publicLine(PUBLIC_LINE, "3322800.00"))
                    .expectEvents(publicLineRecorded(PUBLIC_LINE, "3322800.00"))
                    .expectResultMessagePayload(new Recorded(PUBLIC_LINE, 1, false));
        }

        @Test
        void recordsProjectLineOfRegisteredProject() {
            fixture.givenCommands(openYear(), project(PROJECT))
                    .when(projectLine("L-P1", PROJECT, "378300.00"))
                    .expectEvents(new AppropriationRecorded(DEPT, YEAR, "L-P1", LineKind.PROJECT,
                            FundNature.GENERAL_PUBLIC, Vintage.CURRENT_YEAR, "2013299", null, PROJECT,
                            yuan("378300.00"), true, JAN_2));
        }

        @Test
        void refusesDuplicateLine() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(publicLine(PUBLIC_LINE, "200.00"))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_LINE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00"})
        void recordsAZeroAppropriationAsABudgetThatStartsAtNothing(String amount) {
            fixture.givenCommands(anOpenYear())
                    .when(publicLine(PUBLIC_LINE, amount))
                    .expectEvents(publicLineRecorded(PUBLIC_LINE, "0.00"));
        }

        @Test
        void aLineThatStartsAtZeroIsSupplementedAndThenSpent() {
            // 年初 0.00, 追加 3.36 (issue: the line was refused “0.00 不是正数”)
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "0.00"), supplement(PUBLIC_LINE, "3.36")))
                    .when(expenditure("E1", PUBLIC_LINE, "3.36"))
                    .expectEvents(officeSpent("E1", "3.36"));
        }

        @Test
        void nothingIsSpentOnALineThatStartsAtZeroBeforeItIsSupplemented() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "0.00"))
                    .when(expenditure("E1", PUBLIC_LINE, "0.01"))
                    .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01", "-100"})
        void refusesAppropriationThatIsNegative(String amount) {
            fixture.givenCommands(anOpenYear())
                    .when(publicLine(PUBLIC_LINE, amount))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }

        @Test
        void refusesAppropriationWithoutAmount() {
            fixture.givenCommands(anOpenYear())
                    .when(new RecordAppropriation(DEPT, YEAR, PUBLIC_LINE, LineKind.BASIC_PUBLIC,
                            FundNature.GENERAL_PUBLIC, null, ADMIN_OPERATION, null, null, null, true, JAN_2))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }

        @Test
        void refusesAmountWithThreeDecimalsBeforeItReachesTheLedger() {
            assertThatThrownBy(() -> publicLine(PUBLIC_LINE, "1.234"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
        }

        @Test
        void refusesFunctionalCodeMissingFromTheYearsCatalogue() {
            fixture.givenCommands(anOpenYear())
                    .when(line(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, "2013298", null, null,
                            "100.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_FUNCTIONAL_CODE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"201", "20132", "abc", ""})
        void refusesFunctionalCodeNotAtItemLevel(String code) {
            fixture.givenCommands(anOpenYear())
                    .when(line(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, code, null, null, "100.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_FUNCTIONAL_CODE))
                    .expectNoEvents();
        }

        @Test
        void refusesEconomicCodeMissingFromTheCatalogue() {
            fixture.givenCommands(anOpenYear())
                    .when(line(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, ADMIN_OPERATION, "30219",
                            null, "100.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                    .expectNoEvents();
        }

        @Test
        void refusesProjectLineOfUnknownProject() {
            fixture.givenCommands(anOpenYear())
                    .when(projectLine("L-P1", "P-NOPE", "100.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                    .expectNoEvents();
        }

        @Test
        void refusesProjectLineWithoutProject() {
            fixture.givenCommands(anOpenYear())
                    .when(projectLine("L-P1", null, "100.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                    .expectNoEvents();
        }

        @Test
        void refusesBasicLineNamingAProject() {
            fixture.givenCommands(openYear(), project(PROJECT))
                    .when(line(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, ADMIN_OPERATION, null,
                            PROJECT, "100.00"))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesAppropriationDatedInAnotherYear() {
            fixture.givenCommands(anOpenYear())
                    .when(new RecordAppropriation(DEPT, YEAR, PUBLIC_LINE, LineKind.BASIC_PUBLIC,
                            FundNature.GENERAL_PUBLIC, null, ADMIN_OPERATION, null, null, yuan("1.00"), true,
                            LocalDate.of(2023, 12, 31)))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }

        @Test
        void refusesAppropriationWithoutBusinessDate() {
            fixture.givenCommands(anOpenYear())
                    .when(new RecordAppropriation(DEPT, YEAR, PUBLIC_LINE, LineKind.BASIC_PUBLIC,
                            FundNature.GENERAL_PUBLIC, null, ADMIN_OPERATION, null, null, yuan("1.00"), true, null))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class Adjustments {
        @Test
        void supplementRaisesTheLinesBudget() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(supplement(PUBLIC_LINE, "50.00"))
                    .expectEvents(new BudgetAdjusted(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT,
                            yuan("50.00"), MARCH_1))
                    .expectResultMessagePayload(new Recorded(PUBLIC_LINE, 2, false));
        }

        @Test
        void spendsUpToTheSupplementedBudget() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), supplement(PUBLIC_LINE, "50.00")))
                    .when(expenditure("E1", PUBLIC_LINE, "150.00"))
                    .expectEvents(officeSpent("E1", "150.00"));
        }

        @Test
        void reductionLowersTheLinesBudget() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(reduction(PUBLIC_LINE, "40.00"))
                    .expectEvents(new BudgetAdjusted(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.REDUCTION,
                            yuan("40.00"), MARCH_1));
        }

        @Test
        void refusesExpenditureOfWhatAReductionTookAway() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), reduction(PUBLIC_LINE, "40.00")))
                    .when(expenditure("E1", PUBLIC_LINE, "60.01"))
                    .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void reducesExactlyWhatIsStillAvailable() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "60.00")))
                    .when(reduction(PUBLIC_LINE, "40.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new BudgetAdjusted(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.REDUCTION,
                            yuan("40.00"), MARCH_1));
        }

        @Test
        void refusesReductionBeyondWhatIsAvailable() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "60.00")))
                    .when(reduction(PUBLIC_LINE, "40.01"))
                    .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE))
                    .expectNoEvents();
        }

        @Test
        void refusesAdjustmentOfUnknownLine() {
            fixture.givenCommands(anOpenYear())
                    .when(supplement("L-NOPE", "1.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_LINE))
                    .expectNoEvents();
        }

        @Test
        void refusesAdjustmentWithoutDirection() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(new AdjustBudget(DEPT, YEAR, PUBLIC_LINE, null, yuan("1.00"), MARCH_1))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesZeroAdjustment() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(supplement(PUBLIC_LINE, "0"))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }

        @Test
        void refusesNegativeSupplement() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(supplement(PUBLIC_LINE, "-5.00"))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }

        @Test
        void refusesAdjustmentDatedInAnotherYear() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(new AdjustBudget(DEPT, YEAR, PUBLIC_LINE, AdjustmentDirection.SUPPLEMENT, yuan("1.00"),
                            LocalDate.of(2025, 1, 1)))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class Transfers {
        @Test
        void transferMovesAuthorityBetweenLines() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "10.00")))
                    .when(transfer(PUBLIC_LINE, "L-B", "30.00"))
                    .expectEvents(new BudgetTransferred(DEPT, YEAR, PUBLIC_LINE, "L-B", yuan("30.00"), MARCH_1))
                    .expectResultMessagePayload(new Recorded(PUBLIC_LINE + "->L-B", 3, false));
        }

        @Test
        void receivingLineCanSpendWhatWasTransferred() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "10.00"),
                            transfer(PUBLIC_LINE, "L-B", "30.00")))
                    .when(expenditure("E1", "L-B", "40.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ExpenditureRecorded(DEPT, YEAR, "E1", JUNE_30, officePosting("L-B", "40.00"),
                            "益阳市某文具店", "记-0601", "办公用品"));
        }

        @Test
        void givingLineCannotSpendWhatItTransferred() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "10.00"),
                            transfer(PUBLIC_LINE, "L-B", "30.00")))
                    .when(expenditure("E1", PUBLIC_LINE, "70.01"))
                    .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void refusesTransferBeyondWhatTheGivingLineHasAvailable() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "10.00"),
                            expenditure("E1", PUBLIC_LINE, "80.00")))
                    .when(transfer(PUBLIC_LINE, "L-B", "20.01"))
                    .expectException(refusedWith(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE))
                    .expectNoEvents();
        }

        @Test
        void refusesTransferToTheSameLine() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(transfer(PUBLIC_LINE, PUBLIC_LINE, "1.00"))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesTransferBetweenFundNatures() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), otherFundsLine(OTHER_LINE, "10.00")))
                    .when(transfer(PUBLIC_LINE, OTHER_LINE, "1.00"))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesTransferToUnknownLine() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(transfer(PUBLIC_LINE, "L-NOPE", "1.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_LINE))
                    .expectNoEvents();
        }

        @Test
        void refusesZeroTransfer() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "10.00")))
                    .when(transfer(PUBLIC_LINE, "L-B", "0.00"))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }
    }

    @Nested
    class IncomeAndProcurement {
        @Test
        void receivesFundsAsThisYearsIncomeByDefault() {
            fixture.givenCommands(anOpenYear())
                    .when(new ReceiveFunds(DEPT, YEAR, "R1", FundNature.GENERAL_PUBLIC, null, yuan("17961800.00"),
                            MARCH_1))
                    .expectEvents(new FundsReceived(DEPT, YEAR, "R1", FundNature.GENERAL_PUBLIC, FundSource.CURRENT_YEAR,
                            yuan("17961800.00"), MARCH_1));
        }

        @Test
        void receivesRecoveredPriorYearFunds() {
            fixture.givenCommands(anOpenYear())
                    .when(new ReceiveFunds(DEPT, YEAR, "R2", FundNature.GENERAL_PUBLIC,
                            FundSource.RECOVERED_PRIOR_YEARS, yuan("100.00"), MARCH_1))
                    .expectEvents(new FundsReceived(DEPT, YEAR, "R2", FundNature.GENERAL_PUBLIC,
                            FundSource.RECOVERED_PRIOR_YEARS, yuan("100.00"), MARCH_1));
        }

        @Test
        void refusesDuplicateReceipt() {
            ReceiveFunds receipt = new ReceiveFunds(DEPT, YEAR, "R1", FundNature.GENERAL_PUBLIC, null, yuan("1.00"),
                    MARCH_1);
            fixture.givenCommands(openYear(), receipt)
                    .when(receipt)
                    .expectException(refusedWith(ErrorCode.DUPLICATE_RECEIPT))
                    .expectNoEvents();
        }

        @Test
        void refusesReceiptWithoutFundNature() {
            fixture.givenCommands(anOpenYear())
                    .when(new ReceiveFunds(DEPT, YEAR, "R1", null, null, yuan("1.00"), MARCH_1))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void setsProcurementBudgetIncludingZero() {
            fixture.givenCommands(anOpenYear())
                    .when(new SetProcurementBudget(DEPT, YEAR, Money.ZERO, JAN_2))
                    .expectEvents(new ProcurementBudgetSet(DEPT, YEAR, Money.ZERO, JAN_2));
        }

        @Test
        void refusesNegativeProcurementBudget() {
            fixture.givenCommands(anOpenYear())
                    .when(new SetProcurementBudget(DEPT, YEAR, yuan("-1.00"), JAN_2))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }
    }

    @Nested
    class Expenditures {
        @Test
        void recordsExpenditureWithThePostingOfItsLine() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(expenditure("E1", PUBLIC_LINE, "99.99"))
                    .expectEvents(officeSpent("E1", "99.99"))
                    .expectResultMessagePayload(new Recorded("E1", 2, false));
        }

        @Test
        void spendsExactlyTheAvailableBudget() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "40.00")))
                    .when(expenditure("E2", PUBLIC_LINE, "60.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(officeSpent("E2", "60.00"));
        }

        @Test
        void refusesExpenditureBeyondAvailableBudget() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(expenditure("E1", PUBLIC_LINE, "100.01"))
                    .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void refusesExpenditureOnceEarlierVouchersUsedTheBudget() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "40.00")))
                    .when(expenditure("E2", PUBLIC_LINE, "60.01"))
                    .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void refusesExpenditureOnUnknownLine() {
            fixture.givenCommands(anOpenYear())
                    .when(expenditure("E1", "L-NOPE", "1.00"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_LINE))
                    .expectNoEvents();
        }

        @Test
        void refusesDuplicateExpenditure() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "1.00")))
                    .when(expenditure("E1", PUBLIC_LINE, "2.00"))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_EXPENDITURE))
                    .expectNoEvents();
        }

        @Test
        void refusesReusingTheIdOfAReversedExpenditure() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "1.00"),
                            reversal("E1")))
                    .when(expenditure("E1", PUBLIC_LINE, "1.00"))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_EXPENDITURE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-0.01", "-50.00"})
        void refusesExpenditureThatIsNotPositive(String amount) {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(expenditure("E1", PUBLIC_LINE, amount))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }

        @Test
        void refusesExpenditureWithoutEconomicCode() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(spend("E1", PUBLIC_LINE, "1.00", " "))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"30219", "30298", "3021", "x0201"})
        void refusesEconomicCodeMissingFromTheCatalogue(String code) {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(spend("E1", PUBLIC_LINE, "1.00", code))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                    .expectNoEvents();
        }

        @Test
        void refusesExpenditureDatedInAnotherYear() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(new RecordExpenditure(DEPT, YEAR, "E1", PUBLIC_LINE, yuan("1.00"), LocalDate.of(2025, 1, 3),
                            OFFICE, null, null, null, null, null, false))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }

        @Test
        void refusesReceptionCountsOnExpenditureThatIsNotReception() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(new RecordExpenditure(DEPT, YEAR, "E1", PUBLIC_LINE, yuan("1.00"), JUNE_30, OFFICE, null,
                            null, null, 1, 3, false))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void keepsProcurementFlagAndDropsBlankTexts() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(new RecordExpenditure(DEPT, YEAR, "E1", PUBLIC_LINE, yuan("1.00"), JUNE_30, OFFICE, " ",
                            "", null, null, null, true))
                    .expectEvents(new ExpenditureRecorded(DEPT, YEAR, "E1", JUNE_30,
                            new Posting(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                                    Vintage.CURRENT_YEAR, ADMIN_OPERATION, null, OFFICE, null, 0, 0, true, yuan("1.00")),
                            null, null, null));
        }
    }

    @Nested
    class ThreePublicLimits {
        @Test
        void setsTheYearsLimits() {
            fixture.givenCommands(anOpenYear())
                    .when(threePublicLimits("0", "0", "140000.00", "80000.00"))
                    .expectEvents(new ThreePublicLimitsSet(DEPT, YEAR, Money.ZERO, Money.ZERO, yuan("140000.00"),
                            yuan("80000.00"), JAN_2));
        }

        @Test
        void recordsReceptionWithItsCategoryBatchesAndPersons() {
            fixture.givenCommands(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "800.00"))
                    .when(reception("E1", PUBLIC_LINE, "800.00", 2, 9))
                    .expectEvents(new ExpenditureRecorded(DEPT, YEAR, "E1", JUNE_30,
                            new Posting(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                                    Vintage.CURRENT_YEAR, ADMIN_OPERATION, null, RECEPTION, ThreePublicCategory.RECEPTION,
                                    2, 9, false, yuan("800.00")),
                            "市委接待中心", "记-0602", "公务接待"));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource(value = {"null,null", "1,null", "null,3", "2,1"}, nullValues = "null")
        void refusesReceptionWithoutBatchesAndPersons(Integer batches, Integer persons) {
            fixture.givenCommands(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "800.00"))
                    .when(new RecordExpenditure(DEPT, YEAR, "E1", PUBLIC_LINE, yuan("100.00"), JUNE_30, RECEPTION,
                            "市委接待中心", "记-0602", "公务接待", batches, persons, false))
                    .expectException(refusedWith(ErrorCode.RECEPTION_COUNTS_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void aFurtherVoucherOfACountedBatchStatesZero() {
            fixture.givenCommands(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "800.00"))
                    .when(reception("E1", PUBLIC_LINE, "100.00", 0, 0))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement()
                            .satisfies(e -> assertThat(((ExpenditureRecorded) e.getPayload()).posting())
                                    .extracting(Posting::receptionBatches, Posting::receptionPersons)
                                    .containsExactly(0, 0))));
        }

        @Test
        void historyImportedWithoutCountsKeepsThemUnrecorded() {
            fixture.givenCommands(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "800.00"))
                    .when(new RecordExpenditure(DEPT, YEAR, "E1", PUBLIC_LINE, yuan("100.00"), JUNE_30, RECEPTION,
                            "市委接待中心", "记-0602", "公务接待", null, null, false), Map.of(AuditKeys.MIGRATION, "true"))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement()
                            .satisfies(e -> assertThat(((ExpenditureRecorded) e.getPayload()).posting())
                                    .extracting(Posting::receptionBatches, Posting::receptionPersons)
                                    .containsExactly(null, null))));
        }

        @Test
        void refusesReceptionBeyondItsLimit() {
            fixture.givenCommands(plus(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "800.00"),
                            reception("E1", PUBLIC_LINE, "500.00", 1, 4)))
                    .when(reception("E2", PUBLIC_LINE, "300.01", 1, 4))
                    .expectException(refusedWith(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {ABROAD, VEHICLE_PURCHASE, "30913", VEHICLE_OPERATION, RECEPTION})
        void refusesThreePublicExpenditureWhenNoLimitWasSet(String economicCode) {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "1000.00"))
                    .when(spend("E1", PUBLIC_LINE, "0.01", economicCode))
                    .expectException(refusedWith(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void eachCategoryHasItsOwnLimit() {
            fixture.givenCommands(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "500.00", "0"))
                    .when(spend("E1", PUBLIC_LINE, "500.00", VEHICLE_OPERATION))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement()
                            .satisfies(e -> assertThat(((ExpenditureRecorded) e.getPayload()).posting().threePublic())
                                    .isEqualTo(ThreePublicCategory.VEHICLE_OPERATION))));
        }

        @Test
        void aLimitIsNotAllowanceForAnotherCategory() {
            fixture.givenCommands(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "500.00", "0"))
                    .when(reception("E1", PUBLIC_LINE, "1.00", 1, 1))
                    .expectException(refusedWith(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void reversalFreesRoomUnderTheLimit() {
            fixture.givenCommands(plus(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "500.00"),
                            reception("E1", PUBLIC_LINE, "500.00", 1, 4), reversal("E1")))
                    .when(reception("E2", PUBLIC_LINE, "500.00", 1, 4))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new Recorded("E2", 5, false));
        }

        @Test
        void refusesLimitBelowWhatIsAlreadySpent() {
            fixture.givenCommands(plus(anOpenYearWithLineAndLimits(PUBLIC_LINE, "1000.00", "0", "0", "0", "500.00"),
                            reception("E1", PUBLIC_LINE, "300.00", 1, 4)))
                    .when(threePublicLimits("0", "0", "0", "299.99"))
                    .expectException(refusedWith(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED))
                    .expectNoEvents();
        }

        @Test
        void refusesNegativeLimit() {
            fixture.givenCommands(anOpenYear())
                    .when(threePublicLimits("-1.00", "0", "0", "0"))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }

        @Test
        void refusesMissingLimit() {
            fixture.givenCommands(anOpenYear())
                    .when(new SetThreePublicLimits(DEPT, YEAR, Money.ZERO, null, Money.ZERO, Money.ZERO, JAN_2))
                    .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reversals {
        @Test
        void reversesExpenditureCopyingItsPosting() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "30.00")))
                    .when(reversal("E1"))
                    .expectEvents(new ExpenditureReversed(DEPT, YEAR, "E1", JUNE_30, "凭证金额录错，红字冲销",
                            officePosting(PUBLIC_LINE, "30.00")))
                    .expectResultMessagePayload(new Recorded("E1", 3, false));
        }

        @Test
        void reversalRestoresTheAvailableBudget() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "100.00"),
                            reversal("E1")))
                    .when(expenditure("E2", PUBLIC_LINE, "100.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new Recorded("E2", 4, false));
        }

        @Test
        void refusesReversalOfUnknownExpenditure() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(reversal("E-NOPE"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_EXPENDITURE))
                    .expectNoEvents();
        }

        @Test
        void refusesReversingTwice() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "30.00"),
                            reversal("E1")))
                    .when(reversal("E1"))
                    .expectException(refusedWith(ErrorCode.ALREADY_REVERSED))
                    .expectNoEvents();
        }

        @Test
        void refusesReversalWithoutReason() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "30.00")))
                    .when(new ReverseExpenditure(DEPT, YEAR, "E1", "  ", JUNE_30))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesReversalDatedBeforeTheExpenditure() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "30.00")))
                    .when(new ReverseExpenditure(DEPT, YEAR, "E1", "录错", MARCH_1))
                    .expectException(refusedWith(ErrorCode.REVERSAL_BEFORE_EXPENDITURE))
                    .expectNoEvents();
        }

        @Test
        void refusesExpenditureOnAnEconomicCategoryInsteadOfAnItem() {
            // 302 is a 类; booked there a 公务接待 voucher would escape its 三公 limit
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(spend("E1", PUBLIC_LINE, "30.00", "302"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                    .expectNoEvents();
        }

        @Test
        void refusesReversalDatedInAnotherYear() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), expenditure("E1", PUBLIC_LINE, "30.00")))
                    .when(new ReverseExpenditure(DEPT, YEAR, "E1", "录错", LocalDate.of(2025, 1, 5)))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }
    }

    @Nested
    class Performance {
        @Test
        void registersProject() {
            fixture.givenCommands(anOpenYear())
                    .when(project(PROJECT))
                    .expectEvents(new ProjectRegistered(DEPT, YEAR, PROJECT, "业务工作开展专项经费", ProjectCategory.BUSINESS,
                            "组织部机关"))
                    .expectResultMessagePayload(new Recorded(PROJECT, 1, false));
        }

        @Test
        void refusesDuplicateProject() {
            fixture.givenCommands(openYear(), project(PROJECT))
                    .when(project(PROJECT))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_PROJECT))
                    .expectNoEvents();
        }

        @Test
        void refusesProjectWithoutCategory() {
            fixture.givenCommands(anOpenYear())
                    .when(new RegisterProject(DEPT, YEAR, PROJECT, "名称", null, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void setsDepartmentGoal() {
            fixture.givenCommands(anOpenYear())
                    .when(new SetPerformanceGoal(DEPT, YEAR, null, "保障机关正常运转", null))
                    .expectEvents(new PerformanceGoalSet(DEPT, YEAR, null, "保障机关正常运转", null,
                            "hunan-department-2020", null, null))
                    .expectResultMessagePayload(new Recorded("department", 1, false));
        }

        @Test
        void refusesGoalOfUnknownProject() {
            fixture.givenCommands(anOpenYear())
                    .when(new SetPerformanceGoal(DEPT, YEAR, "P-NOPE", "目标", null))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                    .expectNoEvents();
        }

        @Test
        void definesIndicatorWithItsParsedTarget() {
            fixture.givenCommands(anOpenYear())
                    .when(indicator("I1", "≥700册", "5.0"))
                    .expectEvents(new IndicatorDefined(DEPT, YEAR, "I1", null, "产出指标", "数量指标", "干部档案电子化",
                            new Target(Operator.GE, "700", "册", "≥700册"), "5", null));
        }

        @Test
        void definesProjectIndicator() {
            fixture.givenCommands(openYear(), project(PROJECT))
                    .when(new DefineIndicator(DEPT, YEAR, "I1", PROJECT, "产出指标", "成本指标", "人均培训成本",
                            "人均≤2000元", null, null, null, "10", null))
                    .expectEvents(new IndicatorDefined(DEPT, YEAR, "I1", PROJECT, "产出指标", "成本指标", "人均培训成本",
                            new Target(Operator.LE, "2000", "元", "人均≤2000元"), "10", null));
        }

        @Test
        void refusesDuplicateIndicator() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(indicator("I1", "≥8次", "5"))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_INDICATOR))
                    .expectNoEvents();
        }

        @Test
        void refusesIndicatorOfUnknownProject() {
            fixture.givenCommands(anOpenYear())
                    .when(new DefineIndicator(DEPT, YEAR, "I1", "P-NOPE", "产出指标", "数量指标", "x", "≥1次", null,
                            null, null, "10", null))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"100.01", "-1", "十"})
        void refusesWeightOutsideZeroToHundred(String weight) {
            fixture.givenCommands(anOpenYear())
                    .when(indicator("I1", "≥700册", weight))
                    .expectException(refusedWith(ErrorCode.INVALID_INDICATOR))
                    .expectNoEvents();
        }

        @Test
        void refusesLedgerMeasureInTheWrongUnit() {
            fixture.givenCommands(anOpenYear())
                    .when(boundIndicator("I1", "≥90万元", "10", LedgerMeasure.EXECUTION_RATE))
                    .expectException(refusedWith(ErrorCode.UNIT_MISMATCH))
                    .expectNoEvents();
        }

        @Test
        void refusesLedgerMeasureOnQualitativeIndicator() {
            fixture.givenCommands(anOpenYear())
                    .when(boundIndicator("I1", "考核合格", "10", LedgerMeasure.EXECUTION_RATE))
                    .expectException(refusedWith(ErrorCode.INVALID_INDICATOR))
                    .expectNoEvents();
        }

        @Test
        void refusesProjectMeasureOnDepartmentIndicator() {
            fixture.givenCommands(anOpenYear())
                    .when(boundIndicator("I1", "≥90%", "10", LedgerMeasure.PROJECT_EXECUTION_RATE))
                    .expectException(refusedWith(ErrorCode.INVALID_INDICATOR))
                    .expectNoEvents();
        }

        @Test
        void recordsQuantitativeOutcome() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "1141册", null, null, null, null))
                    .expectEvents(new IndicatorOutcomeRecorded(DEPT, YEAR, "I1", new Actual("1141", "册", "1141册"), null,
                            null, null, YEAR_END))
                    .expectResultMessagePayload(new Recorded("I1", 2, false));
        }

        @Test
        void aBareNumberTakesTheTargetsUnit() {
            fixture.givenCommands(openYear(), indicator("I1", "=8个", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "8", null, null, null, null))
                    .expectEvents(new IndicatorOutcomeRecorded(DEPT, YEAR, "I1", new Actual("8", "个", "8个"), null,
                            null, null, YEAR_END));
        }

        @Test
        void refusesOutcomeInAnotherUnit() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "1141人次", null, null, null, null))
                    .expectException(refusedWith(ErrorCode.UNIT_MISMATCH))
                    .expectNoEvents();
        }

        @Test
        void refusesTextOutcomeForQuantitativeTarget() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "基本完成", null, null, null, null))
                    .expectException(refusedWith(ErrorCode.UNIT_MISMATCH))
                    .expectNoEvents();
        }

        @Test
        void refusesTypedScoreForQuantitativeIndicator() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "1141册", null, "5", null, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void recordsQualitativeOutcomeAtTheLowerEdgeOfItsBand() {
            fixture.givenCommands(openYear(), indicator("I1", "考核合格", "10"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "无扣分项", Achievement.ACHIEVED, "8.00", null, null))
                    .expectEvents(new IndicatorOutcomeRecorded(DEPT, YEAR, "I1", new Actual(null, null, "无扣分项"),
                            Achievement.ACHIEVED, "8", null, YEAR_END));
        }

        @Test
        void aQualitativeOutcomeNeedsItsBandAndScoreButNoText() {
            fixture.givenCommands(openYear(), indicator("I1", "考核合格", "10"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", null, Achievement.ACHIEVED, "9", null, null))
                    .expectEvents(new IndicatorOutcomeRecorded(DEPT, YEAR, "I1", null, Achievement.ACHIEVED, "9", null,
                            YEAR_END));
        }

        @Test
        void refusesQualitativeScoreBelowItsBand() {
            fixture.givenCommands(openYear(), indicator("I1", "考核合格", "10"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "无扣分项", Achievement.ACHIEVED, "7.99", null, null))
                    .expectException(refusedWith(ErrorCode.SCORE_OUT_OF_BAND))
                    .expectNoEvents();
        }

        @Test
        void refusesQualitativeOutcomeWithoutAchievement() {
            fixture.givenCommands(openYear(), indicator("I1", "考核合格", "10"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "无扣分项", null, "9", null, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesOutcomeOfUnknownIndicator() {
            fixture.givenCommands(anOpenYear())
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I-NOPE", "1册", null, null, null, null))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_INDICATOR))
                    .expectNoEvents();
        }

        @Test
        void refusesOutcomeWithoutActual() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", " ", null, null, null, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void boundIndicatorTakesItsActualFromTheLedger() {
            fixture.givenCommands(openYear(), boundIndicator("I1", "≥90%", "10", LedgerMeasure.EXECUTION_RATE))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", null, null, null, "执行率未达 90%", null))
                    .expectEvents(new IndicatorOutcomeRecorded(DEPT, YEAR, "I1", null, null, null, "执行率未达 90%",
                            YEAR_END));
        }

        @Test
        void refusesTypedActualForBoundIndicator() {
            fixture.givenCommands(openYear(), boundIndicator("I1", "≥90%", "10", LedgerMeasure.EXECUTION_RATE))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "96.56%", null, null, null, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesOutcomeDatedOutsideItsYear() {
            fixture.givenCommands(openYear(), indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "1141册", null, null, null,
                            LocalDate.of(2025, 3, 31)))
                    .expectException(refusedWith(ErrorCode.INVALID_DATE))
                    .expectNoEvents();
        }

        @Test
        void recordsEvaluationText() {
            fixture.givenCommands(anOpenYear())
                    .when(new RecordEvaluationText(DEPT, YEAR, "problems", "部分项目预算编制不够精准"))
                    .expectEvents(new EvaluationTextRecorded(DEPT, YEAR, "problems", "部分项目预算编制不够精准"));
        }

        @Test
        void submitsSelfEvaluation() {
            Instant asOf = Instant.parse("2025-04-15T08:00:00Z");
            fixture.givenCommands(anOpenYear())
                    .when(new SubmitSelfEvaluation(DEPT, YEAR, "99.66", "优", asOf, 0, "abc"))
                    .expectEvents(new SelfEvaluationSubmitted(DEPT, YEAR, "99.66", "优", asOf, 0, "abc"))
                    .expectResultMessagePayload(new Recorded("submission", 1, false));
        }

        @Test
        void refusesSubmissionWithUnknownGrade() {
            fixture.givenCommands(anOpenYear())
                    .when(new SubmitSelfEvaluation(DEPT, YEAR, "99.66", "优秀", Instant.parse("2025-04-15T08:00:00Z"),
                            0, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesToSubmitAYearThatIsNotEvaluatedWithAChineseReason() {
            fixture.givenCommands(anOpenYear())
                    .when(new SubmitSelfEvaluation(DEPT, YEAR, null, null, Instant.parse("2025-04-15T08:00:00Z"), 0, "abc"))
                    .expectException(new BaseMatcher<Throwable>() {
                        @Override
                        public boolean matches(Object e) {
                            return e instanceof LedgerException le && le.code() == ErrorCode.INVALID_REQUEST
                                    && le.getMessage().contains("未评价");
                        }

                        @Override
                        public void describeTo(Description description) {
                            description.appendText("INVALID_REQUEST naming 未评价");
                        }
                    })
                    .expectNoEvents();
        }

        @Test
        void refusesSubmissionWithoutFiguresPosition() {
            fixture.givenCommands(anOpenYear())
                    .when(new SubmitSelfEvaluation(DEPT, YEAR, "99.66", "优", null, 0, null))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }
    }

    static Stream<Object> budgetFacts() {
        return Stream.of(
                publicLine("L-NEW", "1.00"),
                supplement(PUBLIC_LINE, "1.00"),
                reduction(PUBLIC_LINE, "1.00"),
                transfer(PUBLIC_LINE, "L-B", "1.00"),
                new ReceiveFunds(DEPT, YEAR, "R1", FundNature.GENERAL_PUBLIC, null, yuan("1.00"), MARCH_1),
                new SetProcurementBudget(DEPT, YEAR, yuan("1.00"), JAN_2),
                threePublicLimits("0", "0", "0", "1.00"),
                expenditure("E2", PUBLIC_LINE, "1.00"),
                reversal("E1"),
                close());
    }

    @Nested
    class ClosingTheYear {
        @Test
        void closesCarryingListedLinesAndLapsingTheRest() {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "50.00"),
                            publicLine("L-C", "20.00"), expenditure("E1", PUBLIC_LINE, "60.00"),
                            expenditure("E2", "L-C", "20.00")))
                    .when(close(PUBLIC_LINE, "L-C"))
                    .expectEvents(new FiscalYearClosed(DEPT, YEAR, YEAR_END,
                            List.of(new CarriedLine(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                                    ADMIN_OPERATION, null, null, yuan("40.00"))),
                            yuan("50.00")))
                    .expectResultMessagePayload(new Recorded("close", 6, false));
        }

        @Test
        void refusesClosingBeforeYearEnd() {
            fixture.givenCommands(anOpenYear())
                    .when(new CloseFiscalYear(DEPT, YEAR, LocalDate.of(YEAR, 12, 30), List.of()))
                    .expectException(refusedWith(ErrorCode.CLOSING_BEFORE_YEAR_END))
                    .expectNoEvents();
        }

        @Test
        void refusesCarryOverOfUnknownLine() {
            fixture.givenCommands(anOpenYear())
                    .when(close("L-NOPE"))
                    .expectException(refusedWith(ErrorCode.UNKNOWN_LINE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("budgetledger.core.ledger.DepartmentYearLedgerTest#budgetFacts")
        void refusesBudgetFactsOnceTheYearIsClosed(Object budgetFact) {
            fixture.givenCommands(plus(anOpenYearWithLine(PUBLIC_LINE, "100.00"), publicLine("L-B", "10.00"),
                            expenditure("E1", PUBLIC_LINE, "10.00"), close()))
                    .when(budgetFact)
                    .expectException(refusedWith(ErrorCode.YEAR_CLOSED))
                    .expectNoEvents();
        }

        // The evaluation happens after year end, so performance statements stay open on a closed year.
        @Test
        void acceptsIndicatorOutcomeAfterClose() {
            fixture.givenCommands(plus(aClosedYearWithSpentLine(PUBLIC_LINE, "100.00", "E1", "10.00")))
                    .andGivenCommands(indicator("I1", "≥700册", "5"))
                    .when(new RecordIndicatorOutcome(DEPT, YEAR, "I1", "1141册", null, null, null, null))
                    .expectEvents(new IndicatorOutcomeRecorded(DEPT, YEAR, "I1", new Actual("1141", "册", "1141册"), null,
                            null, null, YEAR_END));
        }

        @Test
        void acceptsEvaluationTextAfterClose() {
            fixture.givenCommands(aClosedYearWithSpentLine(PUBLIC_LINE, "100.00", "E1", "10.00"))
                    .when(new RecordEvaluationText(DEPT, YEAR, "improvements", "加强预算执行监控"))
                    .expectEvents(new EvaluationTextRecorded(DEPT, YEAR, "improvements", "加强预算执行监控"));
        }

        @Test
        void acceptsSubmissionAfterClose() {
            Instant asOf = Instant.parse("2025-04-15T08:00:00Z");
            fixture.givenCommands(aClosedYearWithSpentLine(PUBLIC_LINE, "100.00", "E1", "10.00"))
                    .when(new SubmitSelfEvaluation(DEPT, YEAR, "99.66", "优", asOf, 3, "h"))
                    .expectEvents(new SelfEvaluationSubmitted(DEPT, YEAR, "99.66", "优", asOf, 3, "h"));
        }
    }

    @Nested
    class Idempotency {
        @Test
        void sameKeyAndSameBodyReturnsTheFirstResultAndRecordsNothing() {
            fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"),
                            withMeta(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1")),
                            expenditure("E2", PUBLIC_LINE, "10.00"))
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new Recorded("E1", 2, true));
        }

        @Test
        void refusesSameKeyWithDifferentBody() {
            fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"),
                            withMeta(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1")))
                    .when(expenditure("E1", PUBLIC_LINE, "10.01"), withKey("k-1"))
                    .expectException(refusedWith(ErrorCode.IDEMPOTENCY_CONFLICT))
                    .expectNoEvents();
        }

        @Test
        void refusesSameKeyOnAnotherKindOfCommand() {
            fixture.givenCommands(openYear(), withMeta(publicLine(PUBLIC_LINE, "100.00"), withKey("k-1")))
                    .when(supplement(PUBLIC_LINE, "100.00"), withKey("k-1"))
                    .expectException(refusedWith(ErrorCode.IDEMPOTENCY_CONFLICT))
                    .expectNoEvents();
        }

        @Test
        void aRepeatAfterCloseStillGetsTheFirstResult() {
            fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"),
                            withMeta(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1")), close())
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Recorded("E1", 2, true));
        }

        @Test
        void aNewKeyRecordsAgainAndIsCheckedAgain() {
            fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"),
                            withMeta(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1")))
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-2"))
                    .expectException(refusedWith(ErrorCode.DUPLICATE_EXPENDITURE))
                    .expectNoEvents();
        }

        @Test
        void keyAndBodyHashAreRecordedOnTheEvent() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"), withKey("k-1"))
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e -> {
                        assertThat(e.getMetaData()).containsEntry(AuditKeys.IDEMPOTENCY_KEY, "k-1");
                        assertThat((String) e.getMetaData().get(AuditKeys.BODY_HASH)).matches("[0-9a-f]{64}");
                    })));
        }

        @Test
        void aKeyIsItsSendersOwn() {
            // another user's request under the same key is a request of its own, checked and recorded
            fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"), withMeta(expenditure("E1", PUBLIC_LINE,
                            "10.00"), Map.of(AuditKeys.IDEMPOTENCY_KEY, "k-1", AuditKeys.RECORDED_BY, "zhulin")))
                    .when(expenditure("E2", PUBLIC_LINE, "20.00"),
                            Map.of(AuditKeys.IDEMPOTENCY_KEY, "k-1", AuditKeys.RECORDED_BY, "wangfang"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new Recorded("E2", 3, false));
        }

        @Test
        void theSameSenderRepeatingAKeyGetsTheFirstResult() {
            fixture.givenCommands(openYear(), publicLine(PUBLIC_LINE, "100.00"), withMeta(expenditure("E1", PUBLIC_LINE,
                            "10.00"), Map.of(AuditKeys.IDEMPOTENCY_KEY, "k-1", AuditKeys.RECORDED_BY, "zhulin")))
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"),
                            Map.of(AuditKeys.IDEMPOTENCY_KEY, "k-1", AuditKeys.RECORDED_BY, "zhulin"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Recorded("E1", 2, true));
        }

        @Test
        void noKeyMeansNoBodyHash() {
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"))
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e ->
                            assertThat(e.getMetaData()).doesNotContainKeys(AuditKeys.IDEMPOTENCY_KEY, AuditKeys.BODY_HASH))));
        }
    }

    @Nested
    class RecordedTime {
        @Test
        void recordedAtIsTheCurrentTime() {
            Instant opened = Instant.parse("2024-01-02T01:00:00Z");
            Instant now = Instant.parse("2024-07-01T02:00:00Z");
            fixture.givenCurrentTime(opened)
                    .andGivenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .andGivenCurrentTime(now)
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"))
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e ->
                            assertThat(e.getMetaData()).containsEntry(AuditKeys.RECORDED_AT, now.toString()))));
        }

        @Test
        void recordedTimeNeverGoesBackwardsWhenTheClockDoes() {
            Instant opened = Instant.parse("2024-07-01T02:00:00Z");
            fixture.givenCurrentTime(opened)
                    .andGivenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .andGivenCurrentTime(opened.minusSeconds(3600))
                    .when(expenditure("E1", PUBLIC_LINE, "10.00"))
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e ->
                            assertThat(e.getMetaData()).containsEntry(AuditKeys.RECORDED_AT, opened.toString()))));
        }

        @Test
        void migrationKeepsTheOriginalRecordedTime() {
            Instant original = fixture.currentTime().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            fixture.givenCommands(withMeta(openYear(), migratedAt(original.minusSeconds(60).toString())))
                    .when(publicLine(PUBLIC_LINE, "1.00"), migratedAt(original.toString()))
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e ->
                            assertThat(e.getMetaData()).containsEntry(AuditKeys.RECORDED_AT, original.toString()))));
        }

        @Test
        void refusesMigratedTimeEarlierThanTheLastRecordedEvent() {
            Instant original = fixture.currentTime().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            fixture.givenCommands(withMeta(openYear(), migratedAt(original.toString())))
                    .when(publicLine(PUBLIC_LINE, "1.00"), migratedAt(original.minusMillis(1).toString()))
                    .expectException(refusedWith(ErrorCode.RECORDED_TIME_BACKWARDS))
                    .expectNoEvents();
        }

        @Test
        void refusesMigratedTimeEarlierThanEventsRecordedNow() {
            fixture.givenCommands(anOpenYear())
                    .when(publicLine(PUBLIC_LINE, "1.00"), migratedAt("2024-01-01T00:00:00Z"))
                    .expectException(refusedWith(ErrorCode.RECORDED_TIME_BACKWARDS))
                    .expectNoEvents();
        }

        @Test
        void refusesMigratedTimeInTheFuture() {
            fixture.givenCommands(anOpenYear())
                    .when(publicLine(PUBLIC_LINE, "1.00"),
                            migratedAt(fixture.currentTime().plus(1, ChronoUnit.DAYS).toString()))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void refusesMalformedMigratedTime() {
            fixture.givenCommands(anOpenYear())
                    .when(publicLine(PUBLIC_LINE, "1.00"), migratedAt("yesterday"))
                    .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                    .expectNoEvents();
        }
    }

    @Nested
    class AuditMetadata {
        @Test
        void eventsCarryWhoWhyAndDocumentButNotTransportKeys() {
            Map<String, Object> meta = Map.of(AuditKeys.RECORDED_BY, "finance-li", AuditKeys.REASON, "年中追加",
                    AuditKeys.DOCUMENT, "益财预〔2024〕12号", AuditKeys.APPROVED_BY, "director-wang", "traceId", "t-1");
            fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                    .when(supplement(PUBLIC_LINE, "5.00"), meta)
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e -> {
                        assertThat(e.getMetaData())
                                .containsEntry(AuditKeys.RECORDED_BY, "finance-li")
                                .containsEntry(AuditKeys.REASON, "年中追加")
                                .containsEntry(AuditKeys.DOCUMENT, "益财预〔2024〕12号")
                                .containsEntry(AuditKeys.APPROVED_BY, "director-wang")
                                .containsEntry(AuditKeys.SUBJECT, PUBLIC_LINE)
                                .containsEntry(AuditKeys.BUSINESS_DATE, MARCH_1.toString())
                                .containsEntry(AuditKeys.HASH_ALG, HashChain.SHA_256)
                                .doesNotContainKey("traceId");
                        assertThat((String) e.getMetaData().get(AuditKeys.HASH)).matches("[0-9a-f]{64}");
                    })));
        }

        @Test
        void performanceFactsAreDatedAtYearEnd() {
            fixture.givenCommands(anOpenYear())
                    .when(project(PROJECT))
                    .expectEventsMatching(eventsSatisfy(events -> assertThat(events).singleElement().satisfies(e ->
                            assertThat(e.getMetaData()).containsEntry(AuditKeys.BUSINESS_DATE, "2024-12-31"))));
        }
    }
}
