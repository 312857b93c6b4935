package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.projections.figures.FigureName.Column;
import budgetledger.projections.figures.FigureName.Kind;
import budgetledger.projections.figures.FigureName.Scope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue {@link FigureNames} is exactly the set of names the figures are printed under, and a figure set
 * refuses a name it cannot hold instead of answering zero; only a per-code figure nothing was spent on is zero.
 */
class FigureCatalogueTest {
    private final FiguresDocument doc = KeyFigures.build(SmallDepartment.year2024().view(),
            SmallDepartment.year2023().view(), Instant.parse("2025-04-15T00:00:00Z"), null, FiguresOptions.DEFAULT);

    @Test
    void everyPrintedNameIsInTheCatalogueWithItsKind() {
        doc.figures().forEach((key, value) -> {
            FigureName name = FigureNames.department(key).orElseThrow(() -> new AssertionError("not catalogued: " + key));
            assertThat(name.key()).isEqualTo(key);
            switch (name.kind()) {
                case COUNT -> assertThat(value).as(key).isInstanceOf(Integer.class);
                case MONEY -> assertThat(value).as(key).asString().matches("-?\\d+\\.\\d{2}");
                // a score is null when 不适用 or 未评价 (the prior year of this fixture has no indicators)
                case SCORE -> assertThat(value == null ? "0.00" : value).as(key).asString().matches("-?\\d+\\.\\d{2}");
                case RATE -> assertThat(value == null ? "0.0000" : value).as(key).asString().matches("-?\\d+\\.\\d{4}");
                case GRADE -> assertThat(value).as(key).isIn("优", "良", "中", "差", null);
            }
        });
        doc.projects().forEach(p -> p.figures().keySet().forEach(key ->
                assertThat(FigureNames.project(key)).as(key).isPresent()));
    }

    @Test
    void everyCataloguedNameIsPrintedWithItsPriorAndMoneyChangeColumns() {
        Set<String> printed = doc.figures().keySet();
        for (FigureName name : FigureNames.departmentNames()) {
            assertThat(printed).contains(name.key(), name.prior().key());
            if (name.kind() == Kind.MONEY) {
                assertThat(printed).contains(name.change().key(), name.changeRate().key());
            }
        }
        Set<String> projectKeys = doc.projects().get(0).figures().keySet();
        assertThat(new TreeSet<>(projectKeys)).containsAll(Set.of("budget.full", "executed", "fund.other.executed",
                "score.total", "grade"));
    }

    @Test
    void everyNameSaysWhatItMeansInChineseAndEnglish() {
        for (FigureName name : FigureNames.departmentNames()) {
            assertThat(name.meaning()).as(name.key()).contains(" — ").matches(".*\\p{IsHan}.*");
        }
        assertThat(FigureNames.EXPENDITURE_TOTAL.change().meaning()).startsWith("增减").endsWith("total expenditure");
    }

    @Test
    void aNameFromOutsideIsCataloguedOrRefused() {
        assertThat(FigureNames.department("expenditure.totl")).isEmpty();
        assertThat(FigureNames.department("expenditure.economic.3020")).as("four digits is no economic code").isEmpty();
        assertThat(FigureNames.department("change.execution.rate")).as("a rate has no change column").isEmpty();
        assertThat(FigureNames.department("prior.prior.budget.full")).isEmpty();
        assertThat(FigureNames.department("executed")).as("a project figure").isEmpty();
        assertThat(FigureNames.department("expenditure.economic.30201")).get()
                .satisfies(n -> assertThat(n.perCode()).isTrue()).extracting(FigureName::code).isEqualTo("30201");
        assertThat(FigureNames.department("change.expenditure.total.rate")).get()
                .satisfies(n -> assertThat(n.column()).isEqualTo(Column.CHANGE_RATE))
                .extracting(FigureName::base).isEqualTo(FigureNames.EXPENDITURE_TOTAL);
        assertThat(FigureNames.department("prior.evaluation.grade")).get().extracting(FigureName::kind)
                .isEqualTo(Kind.GRADE);
    }

    @Test
    void everyLedgerMeasureReadsACataloguedFigureOfItsKind() {
        for (LedgerMeasure m : LedgerMeasure.values()) {
            FigureName name = FigureNames.of(m);
            assertThat(name.kind()).as(m.name()).isEqualTo(m.rate() ? Kind.RATE : Kind.MONEY);
            assertThat(name.scope()).as(m.name()).isEqualTo(m.projectScoped() ? Scope.PROJECT : Scope.DEPARTMENT);
        }
    }

    @Test
    void aFigureSetRefusesANameItCannotHold() {
        FigureSet department = new FigureSet(Scope.DEPARTMENT).money(FigureNames.BUDGET_FULL, Money.parse("12.00"));
        assertThat(department.money(FigureNames.BUDGET_FULL)).isEqualTo(Money.parse("12.00"));
        assertThatThrownBy(() -> department.money(FigureNames.PROJECT_EXECUTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROJECT");
        assertThatThrownBy(() -> department.ratio(FigureNames.BUDGET_FULL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MONEY");
        assertThatThrownBy(() -> department.money(FigureNames.EXPENDITURE_TOTAL))
                .as("known, but not computed: reading it is an ordering bug, not a zero")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expenditure.total");
        assertThatThrownBy(() -> department.rate(FigureNames.BUDGET_UNSPENT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeNothingWasSpentOnIsZero() {
        FigureSet department = new FigureSet(Scope.DEPARTMENT);
        assertThat(department.money(FigureNames.expenditureEconomic("39999"))).isEqualTo(Money.ZERO);
        assertThat(department.money(FigureNames.expenditureFunction("2013201").prior())).isEqualTo(Money.ZERO);
        assertThat(department.ratio(FigureNames.expenditureEconomic("399").changeRate())).isNull();
    }

    @Test
    void familiesCoverEveryMemberOnce() {
        Set<String> keys = FigureNames.departmentNames().stream().map(FigureName::key).collect(Collectors.toSet());
        assertThat(keys).hasSameSizeAs(FigureNames.departmentNames())
                .contains("income.socialInsurance", "threePublic.vehicles.savings", "public.office.actual",
                        "project.category.special.budget", "budget.fund.other.full");
        assertThat(FigureNames.threePublicActual(ThreePublicLine.TOTAL)).isSameAs(
                FigureNames.department("threePublic.total.actual").orElseThrow());
    }
}
