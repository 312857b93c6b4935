package budgetledger.core.ledger;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.DeclareOpeningBalances;
import budgetledger.core.yearend.OpeningBalancesDeclared;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** 期初结转结余 of a department's first ledger year: stated by line with its source, refused once the prior year is recorded. */
class OpeningBalancesTest {
    private static final String DOCUMENT = "2023年度部门决算报表（年末结转和结余）";
    private static final CarriedLine OFFICE_BALANCE = new CarriedLine("JZ-2023-1", LineKind.BASIC_PUBLIC,
            FundNature.GENERAL_PUBLIC, ADMIN_OPERATION, OFFICE, null, yuan("1200.50"));

    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    private static DeclareOpeningBalances declare(List<CarriedLine> lines, String document, boolean priorYearInLedger) {
        return new DeclareOpeningBalances(DEPT, YEAR, lines, document, priorYearInLedger);
    }

    @Test
    void recordsTheDeclaredLinesWithTheirDocument() {
        fixture.givenCommands(anOpenYear())
                .when(declare(List.of(OFFICE_BALANCE), " " + DOCUMENT + " ", false))
                .expectEvents(new OpeningBalancesDeclared(DEPT, YEAR, List.of(OFFICE_BALANCE), DOCUMENT));
    }

    @Test
    void aDeclaredLineIsCarryOverBudgetThatCanBeSpent() {
        fixture.givenCommands(plus(anOpenYear(), declare(List.of(OFFICE_BALANCE), DOCUMENT, false)))
                .when(expenditure("E1", "JZ-2023-1", "1200.50"))
                .expectEvents(new ExpenditureRecorded(DEPT, YEAR, "E1", JUNE_30,
                        new Posting("JZ-2023-1", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, Vintage.CARRY_OVER,
                                ADMIN_OPERATION, null, OFFICE, null, 0, 0, false, yuan("1200.50")),
                        "益阳市某文具店", "记-0601", "办公用品"));
    }

    @Test
    void aDeclaredLineBoundsWhatCanBeSpent() {
        fixture.givenCommands(plus(anOpenYear(), declare(List.of(OFFICE_BALANCE), DOCUMENT, false)))
                .when(expenditure("E1", "JZ-2023-1", "1200.51"))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void refusedOnceThePriorYearIsInTheLedger() {
        fixture.givenCommands(anOpenYear())
                .when(declare(List.of(OFFICE_BALANCE), DOCUMENT, true))
                .expectException(refusedWith(ErrorCode.PRIOR_YEAR_IN_LEDGER))
                .expectNoEvents();
    }

    @Test
    void refusedWithoutItsSourceDocument() {
        fixture.givenCommands(anOpenYear())
                .when(declare(List.of(OFFICE_BALANCE), " ", false))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void refusedWithoutLines() {
        fixture.givenCommands(anOpenYear())
                .when(declare(List.of(), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void refusesALineIdTheYearAlreadyHas() {
        CarriedLine clash = new CarriedLine(PUBLIC_LINE, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                ADMIN_OPERATION, null, null, yuan("10.00"));
        fixture.givenCommands(anOpenYearWithLine(PUBLIC_LINE, "100.00"))
                .when(declare(List.of(clash), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.DUPLICATE_LINE))
                .expectNoEvents();
    }

    @Test
    void refusesALineWithAnUnknownFunctionalCode() {
        CarriedLine unknown = new CarriedLine("JZ-X", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                "2013298", null, null, yuan("10.00"));
        fixture.givenCommands(anOpenYear())
                .when(declare(List.of(unknown), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.UNKNOWN_FUNCTIONAL_CODE))
                .expectNoEvents();
    }

    @Test
    void refusesALineWithAnUnknownEconomicCode() {
        CarriedLine unknown = new CarriedLine("JZ-X", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                ADMIN_OPERATION, "39998", null, yuan("10.00"));
        fixture.givenCommands(anOpenYear())
                .when(declare(List.of(unknown), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                .expectNoEvents();
    }

    @Test
    void aProjectLineNamesARegisteredProjectAndABasicLineNone() {
        CarriedLine projectBalance = new CarriedLine("JZ-P", LineKind.PROJECT, FundNature.GENERAL_PUBLIC, "2013299",
                null, PROJECT, yuan("10.00"));
        fixture.givenCommands(openYear(), project(PROJECT))
                .when(declare(List.of(projectBalance), DOCUMENT, false))
                .expectEvents(new OpeningBalancesDeclared(DEPT, YEAR, List.of(projectBalance), DOCUMENT));
        ledgerFixture().givenCommands(anOpenYear())
                .when(declare(List.of(projectBalance), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                .expectNoEvents();
        CarriedLine noProject = new CarriedLine("JZ-P", LineKind.PROJECT, FundNature.GENERAL_PUBLIC, "2013299",
                null, " ", yuan("10.00"));
        ledgerFixture().givenCommands(anOpenYear())
                .when(declare(List.of(noProject), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROJECT))
                .expectNoEvents();
        CarriedLine basicWithProject = new CarriedLine("JZ-B", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC,
                ADMIN_OPERATION, OFFICE, PROJECT, yuan("10.00"));
        ledgerFixture().givenCommands(openYear(), project(PROJECT))
                .when(declare(List.of(basicWithProject), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    /** The same bad codes are refused in the same words as an appropriation's: one rule, not a copy of it. */
    @Test
    void refusesInTheWordsOfAnAppropriation() {
        try (InMemoryLedger ledger = new InMemoryLedger()) {
            ledger.send(openYear());
            for (String[] bad : new String[][]{{"39998", null}, {null, "P-NOPE"}}) {
                LineKind kind = bad[1] == null ? LineKind.BASIC_PUBLIC : LineKind.PROJECT;
                String functional = bad[1] == null ? ADMIN_OPERATION : "2013299";
                LedgerException asAppropriation = assertThrows(LedgerException.class, () -> ledger.send(
                        line("L-X", kind, FundNature.GENERAL_PUBLIC, functional, bad[0], bad[1], "10.00")));
                LedgerException asOpening = assertThrows(LedgerException.class, () -> ledger.send(declare(List.of(
                        new CarriedLine("L-X", kind, FundNature.GENERAL_PUBLIC, functional, bad[0], bad[1],
                                yuan("10.00"))), DOCUMENT, false)));
                assertThat(asOpening.code()).isEqualTo(asAppropriation.code());
                assertThat(asOpening.getMessage()).isEqualTo(asAppropriation.getMessage()).contains(
                        bad[0] == null ? bad[1] : bad[0]);
            }
        }
    }

    @Test
    void refusedInAClosedYear() {
        fixture.givenCommands(aClosedYearWithSpentLine(PUBLIC_LINE, "100.00", "E1", "10.00"))
                .when(declare(List.of(OFFICE_BALANCE), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.YEAR_CLOSED))
                .expectNoEvents();
    }
}
