package budgetledger.core.expenditure;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.ledger.DepartmentYearLedger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static budgetledger.core.ledger.LedgerFixture.ADMIN_OPERATION;
import static budgetledger.core.ledger.LedgerFixture.anOpenYearWithProjectLine;
import static budgetledger.core.ledger.LedgerFixture.ledgerFixture;
import static budgetledger.core.ledger.LedgerFixture.line;
import static budgetledger.core.ledger.LedgerFixture.openYear;
import static budgetledger.core.ledger.LedgerFixture.refusedWith;
import static budgetledger.core.ledger.LedgerFixture.spend;
import static org.assertj.core.api.Assertions.assertThat;

/** 经济分类与支出类型相符: 人员经费 pays 301 and 303, 公用经费 everything else, a project any class. */
class EconomicCodeByLineKindTest {
    private AggregateTestFixture<DepartmentYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = ledgerFixture();
    }

    @ParameterizedTest(name = "{0} line, economic {1}: admitted {2}")
    @CsvSource({
            "BASIC_PERSONNEL, 30101, true", "BASIC_PERSONNEL, 30305, true", "BASIC_PERSONNEL, 30201, false",
            "BASIC_PUBLIC, 30101, false", "BASIC_PUBLIC, 30302, false", "BASIC_PUBLIC, 30201, true",
            "BASIC_PUBLIC, 31002, true", "PROJECT, 30101, true", "PROJECT, 30201, true"})
    void anExpenditureIsBookedOnlyOnACodeItsLineKindPays(LineKind kind, String economic, boolean admitted) {
        assertThat(kind.admits(economic)).isEqualTo(admitted);
        List<Object> given = kind == LineKind.PROJECT ? anOpenYearWithProjectLine("L", "1000.00")
                : List.of(openYear(), line("L", kind, FundNature.GENERAL_PUBLIC, ADMIN_OPERATION, null, null, "1000.00"));
        var result = fixture.givenCommands(given).when(spend("E1", "L", "10.00", economic));
        if (admitted) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(refusedWith(ErrorCode.ECONOMIC_CODE_NOT_FOR_LINE)).expectNoEvents();
        }
    }
}
