package budgetledger.projections.figures;

import budgetledger.projections.fold.LedgerFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.FundNature.OTHER;
import static budgetledger.core.classification.LineKind.BASIC_PERSONNEL;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.classification.ProjectCategory.SPECIAL;
import static budgetledger.core.classification.Vintage.CARRY_OVER;
import static org.assertj.core.api.Assertions.assertThat;

/** Corrections, adjustments and transfers as the figures see them. */
class SpendingRulesTest {

    private static LedgerFixture office() {
        return LedgerFixture.year(2024)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "1000.00")
                .threePublicLimits("0", "0", "0", "500.00");
    }

    @Test
    void aReversalTakesTheWholePostingBackOut() {
        Map<String, Object> f = figures(office()
                .spend("a", "office", "30201", "300.00")
                .spendOnReception("dinner", "office", "120.00", 2, 15)
                .spendOnProcurement("pc", "office", "31002", "200.00")
                .reverse("dinner").reverse("pc")
                .spendOnReception("lunch", "office", "80.00", 1, 4));
        assertThat(f).containsEntry("expenditure.total", "380.00")
                .containsEntry("expenditure.basic.public", "380.00")
                .containsEntry("threePublic.reception.actual", "80.00")
                .containsEntry("threePublic.reception.savings", "420.00")
                .containsEntry("threePublic.reception.batches", 1)
                .containsEntry("threePublic.reception.persons", 4)
                .containsEntry("expenditure.procurement", "0.00")
                .containsEntry("expenditure.economic.30217", "80.00")
                .containsEntry("expenditure.economic.310", "0.00")
                .containsEntry("public.office.actual", "300.00")
                .containsEntry("carryOver.closing", "-380.00");
    }

    @Test
    void fullYearBudgetIsInitialPlusSupplementsMinusReductions() {
        Map<String, Object> f = figures(office()
                .line("personnel", BASIC_PERSONNEL, GENERAL_PUBLIC, "2013201", "30101", null, "5000.00")
                .on("2024-07-01").supplement("personnel", "700.00").reduce("office", "100.00")
                .appropriation("extra", BASIC_PUBLIC, GENERAL_PUBLIC, budgetledger.core.classification.Vintage.CURRENT_YEAR,
                        "2013201", "30211", null, "50.00", false));
        assertThat(f).containsEntry("budget.initial", "6000.00")
                .containsEntry("budget.full", "6650.00")
                .containsEntry("budget.supplemented", "700.00")
                .containsEntry("budget.reduced", "100.00")
                .containsEntry("budget.basic.public.full", "950.00")
                .containsEntry("budget.basic.personnel.full", "5700.00")
                .containsEntry("public.utilitiesAndTravel.budget", "50.00");
    }

    @Test
    void aTransferNetsToZeroButMovesAuthorityBetweenKindsAndProjects() {
        Map<String, Object> f = figures(office()
                .project("p1", "业务工作开展专项经费", BUSINESS).project("p2", "党员集中教育培训经费", SPECIAL)
                .line("p1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1", "400.00")
                .line("p2", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p2", "100.00")
                .transfer("office", "p1", "250.00")
                .transfer("p1", "p2", "50.00"));
        assertThat(f).containsEntry("budget.full", "1500.00")
                .containsEntry("budget.initial", "1500.00")
                .containsEntry("budget.basic.full", "750.00")
                .containsEntry("budget.project.full", "750.00")
                .containsEntry("project.category.business.budget", "600.00")
                .containsEntry("project.category.special.budget", "150.00");
    }

    @Test
    void carriedLinesAreOpeningBalanceAndFullYearBudgetButNeverInitial() {
        var carried = new budgetledger.core.yearend.CarriedLine("c1", PROJECT, GENERAL_PUBLIC, "2013299", "30299",
                "p1", budgetledger.core.money.Money.parse("100.00"));
        LedgerFixture year = LedgerFixture.year(2024, carried).project("p1", "业务工作开展专项经费", BUSINESS)
                .line("p1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1", "900.00")
                .income(GENERAL_PUBLIC, "900.00")
                .spend("a", "c1", "30299", "100.00").spend("b", "p1", "30299", "850.00");
        FiguresDocument doc = KeyFigures.build(year.view(), null, null, null, FiguresOptions.DEFAULT);
        assertThat(doc.figures()).containsEntry("budget.initial", "900.00")
                .containsEntry("budget.full", "1000.00")
                .containsEntry("budget.carryOver.full", "100.00")
                .containsEntry("carryOver.opening", "100.00")
                .containsEntry("carryOver.closing", "50.00")
                .containsEntry("funds.available.generalPublic", "1000.00")
                .containsEntry("execution.rateOfAvailableFunds", "0.9500");
        assertThat(doc.projects().get(0).figures()).containsEntry("fund.carryOver.full", "100.00")
                .containsEntry("fund.carryOver.initial", "0.00")
                .containsEntry("fund.currentYear.executed", "850.00");
    }

    @Test
    void otherFundsAreTheirOwnRowWhateverTheirVintage() {
        LedgerFixture year = LedgerFixture.year(2024).project("p1", "业务工作开展专项经费", BUSINESS)
                .appropriation("o1", PROJECT, OTHER, CARRY_OVER, "2013299", "30299", "p1", "30.00", false)
                .spend("a", "o1", "30299", "30.00");
        ProjectFigures p1 = KeyFigures.build(year.view(), null, null, null, FiguresOptions.DEFAULT).projects().get(0);
        assertThat(p1.figures()).containsEntry("fund.other.full", "30.00")
                .containsEntry("fund.carryOver.full", "0.00")
                .containsEntry("executed", "30.00");
    }

    @Test
    void theCloseSaysWhatWasCarriedForwardAndWhatLapsed() {
        var carried = new budgetledger.core.yearend.CarriedLine("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201",
                "30201", null, budgetledger.core.money.Money.parse("600.00"));
        LedgerFixture year = office().spend("a", "office", "30201", "300.00");
        assertThat(figures(year)).containsEntry("yearEnd.carriedForward", "0.00").containsEntry("yearEnd.lapsed", "0.00");
        assertThat(figures(year.closed("100.00", carried))).containsEntry("yearEnd.carriedForward", "600.00")
                .containsEntry("yearEnd.lapsed", "100.00")
                .containsEntry("budget.unspent", "700.00");
    }

    private static Map<String, Object> figures(LedgerFixture f) {
        return KeyFigures.build(f.view(), null, null, null, FiguresOptions.DEFAULT).figures();
    }
}
