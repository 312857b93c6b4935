package budgetledger.core.ledger;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.ErrorCode;
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
    void refusedInAClosedYear() {
        fixture.givenCommands(aClosedYearWithSpentLine(PUBLIC_LINE, "100.00", "E1", "10.00"))
                .when(declare(List.of(OFFICE_BALANCE), DOCUMENT, false))
                .expectException(refusedWith(ErrorCode.YEAR_CLOSED))
                .expectNoEvents();
    }
}
