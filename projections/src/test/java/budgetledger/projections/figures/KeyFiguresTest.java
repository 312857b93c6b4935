package budgetledger.projections.figures;

import budgetledger.projections.fold.LedgerView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The key figures of a small department whose totals are the seed's: each assertion is one rule of the forms. */
class KeyFiguresTest {
    private static final Instant AS_OF = Instant.parse("2025-04-15T00:00:00Z");

    private final FiguresDocument doc = KeyFigures.build(SmallDepartment.year2024().view(),
            SmallDepartment.year2023().view(), AS_OF, null, FiguresOptions.DEFAULT);
    private final Map<String, Object> figures = doc.figures();

    @Test
    void namesTheDepartmentYearAndDefaultsThroughToYearEnd() {
        assertThat(doc.department()).isEqualTo("yiyang-zzb");
        assertThat(doc.departmentName()).isEqualTo("中共益阳市委组织部");
        assertThat(doc.year()).isEqualTo(2024);
        assertThat(doc.asOf()).isEqualTo(AS_OF);
        assertThat(doc.through()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void executionRateUsesTheFullYearBudgetNotTheInitialOne() {
        assertThat(figures).containsEntry("budget.initial", "12867800.00")
                .containsEntry("budget.full", "18607500.00")
                .containsEntry("budget.basic.full", "14301600.00")
                .containsEntry("budget.project.full", "4305900.00")
                .containsEntry("budget.basic.public.full", "3322800.00")
                .containsEntry("expenditure.total", "17967800.00")
                .containsEntry("execution.rate", "0.9656")
                .containsEntry("evaluation.score.execution", "9.66");
    }

    @Test
    void spendingIsSplitByKindAndByFundScope() {
        assertThat(figures).containsEntry("expenditure.basic", "13792300.00")
                .containsEntry("expenditure.basic.personnel", "10978800.00")
                .containsEntry("expenditure.basic.public", "2813500.00")
                .containsEntry("expenditure.project", "4175500.00")
                .containsEntry("expenditure.generalPublic.project", "4169600.00")
                .containsEntry("expenditure.fund.generalPublic", "17961900.00")
                .containsEntry("expenditure.fund.other", "5900.00")
                .containsEntry("expenditure.fund.govFund", "0.00")
                .containsEntry("expenditure.basic.share.personnel", "0.7960")
                .containsEntry("expenditure.basic.share.public", "0.2040")
                .containsEntry("expenditure.procurement", "173000.00")
                .containsEntry("budget.procurement", "173000.00");
    }

    @Test
    void spendingRollsUpByFunctionalAndEconomicCodePrefixes() {
        assertThat(figures).containsEntry("expenditure.function.201", "17967800.00")
                .containsEntry("expenditure.function.20132", "17967800.00")
                .containsEntry("expenditure.function.2013201", "13792300.00")
                .containsEntry("expenditure.function.2013299", "4175500.00")
                .containsEntry("expenditure.economic.30217", "20600.00")
                .containsEntry("expenditure.economic.310", "173000.00")
                .containsEntry("expenditure.economic.301", "10978800.00");
    }

    @Test
    void incomeAndTheFundsIdentityBalance() {
        assertThat(figures).containsEntry("income.total", "17967700.00")
                .containsEntry("income.generalPublic", "17961800.00")
                .containsEntry("income.other", "5900.00")
                .containsEntry("income.share.generalPublic", "0.9997")
                .containsEntry("income.share.other", "0.0003")
                .containsEntry("income.share.govFund", "0.0000")
                .containsEntry("income.recoveredPriorYears", "100.00")
                .containsEntry("funds.available.generalPublic", "17961900.00")
                .containsEntry("carryOver.opening", "0.00")
                .containsEntry("carryOver.closing", "0.00")
                .containsEntry("execution.rateOfAvailableFunds", "1.0000");
    }

    @Test
    void threePublicExpensesAgainstTheirLimits() {
        assertThat(figures).containsEntry("threePublic.total.actual", "142600.00")
                .containsEntry("threePublic.total.budget", "220000.00")
                .containsEntry("threePublic.total.savings", "77400.00")
                .containsEntry("threePublic.vehicles.actual", "122000.00")
                .containsEntry("threePublic.vehicles.budget", "140000.00")
                .containsEntry("threePublic.vehicleOperation.savings", "18000.00")
                .containsEntry("threePublic.vehiclePurchase.actual", "0.00")
                .containsEntry("threePublic.abroad.budget", "0.00")
                .containsEntry("threePublic.reception.savings", "59400.00")
                .containsEntry("threePublic.controlRate", "0.6482")
                .containsEntry("threePublic.reception.batches", 44)
                .containsEntry("threePublic.reception.persons", 271);
    }

    @Test
    void publicFundsAndProjectCategoriesAsAttachmentOneGroupsThem() {
        assertThat(figures).containsEntry("public.office.budget", "103300.00")
                .containsEntry("public.office.actual", "103300.00")
                .containsEntry("public.utilitiesAndTravel.actual", "166100.00")
                .containsEntry("public.meetingsAndTraining.budget", "60700.00")
                .containsEntry("project.category.business.budget", "3883000.00")
                .containsEntry("project.category.business.actual", "3752600.00")
                .containsEntry("project.category.operations.actual", "5900.00")
                .containsEntry("project.category.special.budget", "417000.00")
                .containsEntry("buildings.approvedInvestment", "0.00");
    }

    @Test
    void staffIsCountedInBothScopes() {
        assertThat(figures).containsEntry("staff.authorized", 70).containsEntry("staff.actual", 64)
                .containsEntry("staff.authorized.own", 66).containsEntry("staff.actual.own", 60)
                .containsEntry("staff.controlRate", "0.9143").containsEntry("staff.controlRate.own", "0.9091")
                .containsEntry("staff.retired", 11)
                .containsEntry("vehicles.authorized", 2).containsEntry("vehicles.actual", 2);
    }

    @Test
    void departmentEvaluationAddsExecutionPointsToTheIndicatorParts() {
        assertThat(figures).containsEntry("evaluation.score.output", "50.00")
                .containsEntry("evaluation.score.outcome", "30.00")
                .containsEntry("evaluation.score.satisfaction", "10.00")
                .containsEntry("evaluation.score.total", "99.66")
                .containsEntry("evaluation.grade", "优");
    }

    @Test
    void boundIndicatorsTakeTheirActualFromTheLedgerInTheTargetsUnit() {
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::name, IndicatorRow::actual,
                        IndicatorRow::weight, IndicatorRow::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("干部档案电子化", "1141册", "5", "5"),
                        org.assertj.core.groups.Tuple.tuple("安全生产和消防工作考核", "无扣分项", "40", "40"),
                        org.assertj.core.groups.Tuple.tuple("人员经费支出", "1097.88万元", "3", "3"),
                        org.assertj.core.groups.Tuple.tuple("三公经费控制率", "64.82%", "2", "2"),
                        org.assertj.core.groups.Tuple.tuple("提升益阳市党建工作质量和水平", "不断提升", "30", "30"),
                        org.assertj.core.groups.Tuple.tuple("基层群众对组织工作的满意度", "95%", "10", "10"));
        assertThat(doc.indicators().get("department").get(2).target()).isEqualTo("≥900万元");
    }

    @Test
    void projectFormsSplitFundsByVintageAndScoreOnTheirOwnBudget() {
        ProjectFigures p1 = project("p1");
        assertThat(p1.name()).isEqualTo("业务工作开展专项经费");
        assertThat(p1.category()).isEqualTo("business");
        assertThat(p1.figures()).containsEntry("budget.initial", "665200.00")
                .containsEntry("budget.full", "3783000.00")
                .containsEntry("executed", "3652600.00")
                .containsEntry("fund.currentYear.initial", "665200.00")
                .containsEntry("fund.currentYear.full", "3782900.00")
                .containsEntry("fund.currentYear.executed", "3652500.00")
                .containsEntry("fund.carryOver.initial", "0.00")
                .containsEntry("fund.carryOver.full", "100.00")
                .containsEntry("fund.carryOver.executed", "100.00")
                .containsEntry("fund.other.full", "0.00")
                // seed discrepancy #7: the form prints 96.64 %, the arithmetic says 96.55 %; the score 9.66 agrees
                .containsEntry("execution.rate", "0.9655")
                .containsEntry("score.execution", "9.66")
                .containsEntry("score.total", "99.66")
                .containsEntry("grade", "优");
        assertThat(p1.indicators()).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1483元", "10"),
                        org.assertj.core.groups.Tuple.tuple("0%", "5"),
                        org.assertj.core.groups.Tuple.tuple("全部完成", "35"),
                        org.assertj.core.groups.Tuple.tuple("不断提升", "30"),
                        org.assertj.core.groups.Tuple.tuple("满意", "10"));
        assertThat(p1.partFindings()).as("each part's 分值 add up to its weight").isEmpty();
    }

    @Test
    void projectMeasuresReadTheProjectsOwnSpending() {
        assertThat(project("p2").indicators().get(0).actual()).isEqualTo("10万元");
        assertThat(project("p2").figures()).containsEntry("score.total", "100.00");
        assertThat(project("p3").indicators().get(0).actual()).isEqualTo("41.7万元");
        assertThat(project("p3").figures()).containsEntry("score.total", "100.00").containsEntry("grade", "优");
        assertThat(project("p4").figures()).containsEntry("fund.other.full", "5900.00")
                .containsEntry("fund.other.executed", "5900.00")
                .containsEntry("fund.currentYear.full", "0.00");
    }

    @Test
    void projectsKeepTheirRegistrationOrder() {
        assertThat(doc.projects()).extracting(ProjectFigures::code).containsExactly("p1", "p2", "p3", "p4");
    }

    @Test
    void priorYearAndChangesAsTheReportComparesThem() {
        assertThat(figures).containsEntry("prior.threePublic.total.actual", "161300.00")
                .containsEntry("change.threePublic.total.actual", "-18700.00")
                .containsEntry("change.threePublic.total.actual.rate", "-0.1159")
                .containsEntry("change.threePublic.vehicleOperation.actual.rate", "-0.0715")
                .containsEntry("change.threePublic.reception.actual.rate", "-0.3110")
                .containsEntry("prior.expenditure.generalPublic.basic.public", "2497000.00")
                .containsEntry("change.expenditure.generalPublic.basic.public", "316500.00")
                .containsEntry("change.expenditure.generalPublic.basic.public.rate", "0.1268")
                .containsEntry("change.expenditure.generalPublic.basic.personnel.rate", "-0.0004")
                .containsEntry("change.expenditure.fund.generalPublic", "-3906500.00")
                .containsEntry("change.expenditure.fund.generalPublic.rate", "-0.1786")
                .containsEntry("prior.project.category.special.actual", "1293200.00")
                .containsEntry("prior.project.category.operations.actual", "0.00")
                .containsEntry("prior.public.office.actual", "2700.00")
                .containsEntry("prior.staff.actual", 0)
                .containsEntry("prior.threePublic.reception.batches", 50);
    }

    @Test
    void aChangeOverAZeroPriorHasNoRate() {
        assertThat(figures).containsEntry("change.project.category.operations.actual", "5900.00")
                .containsEntry("change.project.category.operations.actual.rate", null);
    }

    private ProjectFigures project(String code) {
        return doc.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void withoutAnyPriorValueThePriorFiguresAreNullNotZero() {
        LedgerView current = SmallDepartment.year2024().view();
        FiguresDocument d = KeyFigures.build(current, null, AS_OF, null, FiguresOptions.DEFAULT);
        assertThat(d.figures()).containsEntry("prior.expenditure.total", null)
                .containsEntry("change.expenditure.total", null)
                .containsEntry("change.expenditure.total.rate", null)
                .containsEntry("prior.execution.rate", null)
                .containsEntry("prior.staff.authorized", null)
                .containsEntry("expenditure.total", "17967800.00");
        assertThat(d.priorYear().source()).isEqualTo(PriorYearBasis.NONE);
    }

    @Test
    void declaredComparativesFillThePriorColumnWhenThePriorYearIsNotInTheLedger() {
        LedgerView current = SmallDepartment.year2024().declaredPrior("2023年度部门决算",
                Map.of("threePublic.total.actual", "161300.00", "income.total", "0.00")).view();
        FiguresDocument d = KeyFigures.build(current, null, AS_OF, null, FiguresOptions.DEFAULT);
        assertThat(d.figures()).containsEntry("prior.threePublic.total.actual", "161300.00")
                .containsEntry("change.threePublic.total.actual", "-18700.00")
                .containsEntry("change.threePublic.total.actual.rate", "-0.1159")
                .containsEntry("prior.income.total", "0.00")
                .containsEntry("change.income.total.rate", null)
                .containsEntry("prior.expenditure.total", null);
        assertThat(d.priorYear().source()).isEqualTo(PriorYearBasis.DECLARED);
        assertThat(d.priorYear().declared()).containsOnly(Map.entry("threePublic.total.actual", "161300.00"),
                Map.entry("income.total", "0.00"));
        assertThat(d.priorYear().documents()).containsEntry("threePublic.total.actual", "2023年度部门决算");
        assertThat(d.priorYear().differences()).isEmpty();
    }

    @Test
    void theLedgersOwnPriorYearWinsAndADifferingDeclarationIsFlagged() {
        LedgerView current = SmallDepartment.year2024().declaredPrior("2023年度部门决算",
                Map.of("threePublic.total.actual", "160000.00", "expenditure.generalPublic.basic.public", "2497000.00"))
                .view();
        FiguresDocument d = KeyFigures.build(current, SmallDepartment.year2023().view(), AS_OF, null,
                FiguresOptions.DEFAULT);
        assertThat(d.figures()).containsEntry("prior.threePublic.total.actual", "161300.00")
                .containsEntry("prior.expenditure.generalPublic.basic.public", "2497000.00");
        assertThat(d.priorYear().source()).isEqualTo(PriorYearBasis.LEDGER);
        assertThat(d.priorYear().declared()).isEmpty();
        assertThat(d.priorYear().differences()).containsOnly(Map.entry("threePublic.total.actual",
                new PriorYearBasis.Difference("160000.00", "161300.00")));
    }
}
