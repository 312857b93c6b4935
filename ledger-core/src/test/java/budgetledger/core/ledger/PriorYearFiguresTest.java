package budgetledger.core.ledger;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.money.Money;
import budgetledger.core.yearend.DeclarePriorYearFigures;
import budgetledger.core.yearend.PriorYearFiguresDeclared;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static budgetledger.core.ledger.LedgerFixture.*;

/** 上年比较数: prior-year figures stated by name with their source, kept sorted, amounts of zero or more. */
class PriorYearFiguresTest {
    private static final String DOCUMENT = "2023年度部门决算报表";
    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    private static DeclarePriorYearFigures declare(Map<String, Money> figures, String document) {
        return new DeclarePriorYearFigures(DEPT, YEAR, figures, document);
    }

    @Test
    void recordsTheFiguresSortedByNameWithTheirDocument() {
        Map<String, Money> written = new LinkedHashMap<>();
        written.put("threePublic.total.actual", yuan("161300.00"));
        written.put("expenditure.total", yuan("21868400.00"));
        written.put("income.total", Money.ZERO);
        fixture.givenCommands(anOpenYear())
                .when(declare(written, DOCUMENT))
                .expectEvents(new PriorYearFiguresDeclared(DEPT, YEAR, new TreeMap<>(written), DOCUMENT));
    }

    @Test
    void aClosedYearStillTakesItsComparatives() {
        fixture.givenCommands(aClosedYearWithSpentLine(PUBLIC_LINE, "100.00", "E1", "10.00"))
                .when(declare(Map.of("expenditure.total", yuan("5.00")), DOCUMENT))
                .expectEvents(new PriorYearFiguresDeclared(DEPT, YEAR, Map.of("expenditure.total", yuan("5.00")), DOCUMENT));
    }

    @Test
    void refusesANegativeAmount() {
        fixture.givenCommands(anOpenYear())
                .when(declare(Map.of("expenditure.total", yuan("-1.00")), DOCUMENT))
                .expectException(refusedWith(ErrorCode.INVALID_AMOUNT))
                .expectNoEvents();
    }

    @Test
    void refusesNoFiguresOrNoDocument() {
        fixture.givenCommands(anOpenYear())
                .when(declare(Map.of(), DOCUMENT))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
        fixture.givenCommands(anOpenYear())
                .when(declare(Map.of("expenditure.total", yuan("5.00")), "  "))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }
}
