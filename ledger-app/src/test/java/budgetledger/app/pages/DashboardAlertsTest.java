package budgetledger.app.pages;

import budgetledger.app.figures.YearState;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;
import budgetledger.projections.figures.IndicatorRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's alert rules, on hand-made lines, 三公 rows and indicators (no database). */
class DashboardAlertsTest {
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 15);

    private static YearState.Line line(String id, String full, String executed) {
        Money f = Money.parse(full);
        Money e = Money.parse(executed);
        return new YearState.Line(id, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, Vintage.CURRENT_YEAR, "2013201",
                null, null, f, f, e, f.minus(e));
    }

    private static Dashboard.ThreePublicRow reception(String spent, String limit) {
        return new Dashboard.ThreePublicRow("公务接待费", "threePublic.reception.actual", spent, limit,
                new Formats().ratio(spent, limit));
    }

    private static IndicatorRow indicator(String name, String actual) {
        return new IndicatorRow("产出指标", "数量指标", name, "≥700册", "≥", "700", "册", actual, "5", null, null);
    }

    @Test
    void aLineOverNinetyPercentUsedIsNamedWithItsAnchor() {
        List<DashboardAlerts.Alert> alerts = DashboardAlerts.of(2024, JUNE, List.of(line("L1", "1000.00", "950.00"),
                line("L2", "1000.00", "900.00"), line("L3", "0.00", "0.00"), line("L4", "1000.00", "900.01")),
                List.of(), List.of());
        assertThat(alerts).extracting(DashboardAlerts.Alert::anchor).containsExactly("line-L1", "line-L4");
        assertThat(alerts.get(0).kind()).isEqualTo("line");
        assertThat(alerts.get(0).message()).contains("L1").contains("95.00%").contains("50.00 元");
    }

    @Test
    void aThreePublicCategoryAheadOfThePaceOfMonthsGoneBy() {
        // June: 6/12 = 50 % of the limit may be spent; 50.01 % is ahead, 50 % is not
        assertThat(DashboardAlerts.of(2024, JUNE, List.of(), List.of(reception("5000.00", "10000.00")), List.of())).isEmpty();
        List<DashboardAlerts.Alert> ahead = DashboardAlerts.of(2024, JUNE, List.of(),
                List.of(reception("5001.00", "10000.00")), List.of());
        assertThat(ahead).singleElement().satisfies(a -> {
            assertThat(a.anchor()).isEqualTo("three-public-reception");
            assertThat(a.message()).contains("公务接待费").contains("50.01%").contains("50.00%").contains("6 月");
        });
        // the same spending in July is within pace; before the year began nothing is judged; no limit, no pace
        assertThat(DashboardAlerts.of(2024, LocalDate.of(2024, 7, 1), List.of(), List.of(reception("5001.00", "10000.00")),
                List.of())).isEmpty();
        assertThat(DashboardAlerts.of(2024, LocalDate.of(2023, 12, 31), List.of(), List.of(reception("1.00", "10000.00")),
                List.of())).isEmpty();
        assertThat(DashboardAlerts.of(2024, JUNE, List.of(), List.of(reception("1.00", null)), List.of())).isEmpty();
    }

    @Test
    void anIndicatorWithoutOutcomeFromTheFourthQuarterOn() {
        List<IndicatorRow> rows = List.of(indicator("培训人次", "1141册"), indicator("满意度", null), indicator("覆盖率", " "));
        assertThat(DashboardAlerts.of(2024, LocalDate.of(2024, 9, 30), List.of(), List.of(), rows)).isEmpty();
        List<DashboardAlerts.Alert> q4 = DashboardAlerts.of(2024, LocalDate.of(2024, 10, 1), List.of(), List.of(), rows);
        assertThat(q4).extracting(DashboardAlerts.Alert::anchor).containsExactly("indicator-2", "indicator-3");
        assertThat(q4.get(0).message()).contains("满意度").contains("第四季度");
        assertThat(DashboardAlerts.of(2024, LocalDate.of(2025, 4, 1), List.of(), List.of(), rows).get(0).message())
                .contains("已过年终");
    }

    @Test
    void monthsGoneByCountTheMonthOfTheDay() {
        assertThat(DashboardAlerts.monthsGone(2024, LocalDate.of(2024, 1, 1))).isEqualTo(1);
        assertThat(DashboardAlerts.monthsGone(2024, LocalDate.of(2025, 1, 1))).isEqualTo(12);
        assertThat(DashboardAlerts.monthsGone(2024, LocalDate.of(2023, 12, 31))).isZero();
        assertThat(new BigDecimal("0.90")).isEqualByComparingTo(DashboardAlerts.LINE_THRESHOLD);
    }
}
