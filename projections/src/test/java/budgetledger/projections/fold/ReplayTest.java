package budgetledger.projections.fold;

import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.stream.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.classification.Vintage.CURRENT_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/** The historical home: the same fold, cut by the recorded-time clock (asOf) and the business-date clock (through). */
class ReplayTest {

    /** A year whose facts happen in January, June, August and December, recorded as they happen. */
    private static LedgerFixture year() {
        return LedgerFixture.year(2024)
                .recordedAt("2024-01-05T00:00:00Z").on("2024-01-05")
                .project("p1", "业务工作开展专项经费", BUSINESS)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "1000.00")
                .threePublicLimits("0", "0", "0", "100.00")
                .establishment(0, 1, 1, new budgetledger.core.establishment.StaffGroup("行政编制", false, 10, 8))
                .recordedAt("2024-03-01T00:00:00Z").on("2024-03-01")
                .spend("march", "office", "30201", "300.00")
                .spendOnReception("dinner", "office", "50.00", 1, 6)
                .recordedAt("2024-06-30T00:00:00Z").on("2024-06-30")
                .supplement("office", "500.00")
                .recordedAt("2024-08-01T00:00:00Z").on("2024-08-01")
                .spend("august", "office", "30201", "200.00")
                .threePublicLimits("0", "0", "0", "80.00")
                .recordedAt("2024-12-31T00:00:00Z").on("2024-12-31")
                .establishment(0, 1, 1, new budgetledger.core.establishment.StaffGroup("行政编制", false, 10, 9))
                .indicator("d1", null, "产出指标", "数量指标", "干部档案电子化", "≥700册", "5")
                .outcome("d1", "1141册");
    }

    @Test
    void bothHomesAgree() {
        LedgerFixture f = year();
        assertThat(Replay.fold(f.ledgerId(), f.events(), null, null)).isEqualTo(f.view());
    }

    @Test
    void throughFoldsOnlyTheBudgetFactsThatHadHappenedByThatDay() {
        LedgerFixture f = year();
        Map<String, Object> june = figures(Replay.fold(f.ledgerId(), f.events(), null, LocalDate.of(2024, 6, 30)));
        assertThat(june).containsEntry("budget.full", "1500.00")
                .containsEntry("expenditure.total", "350.00")
                .containsEntry("execution.rate", "0.2333")
                .containsEntry("threePublic.reception.budget", "100.00")
                .containsEntry("threePublic.reception.batches", 1)
                .containsEntry("staff.actual", 8);
        Map<String, Object> may = figures(Replay.fold(f.ledgerId(), f.events(), null, LocalDate.of(2024, 5, 31)));
        assertThat(may).containsEntry("budget.full", "1000.00").containsEntry("expenditure.total", "350.00");
    }

    @Test
    void throughStillShowsTheYearsDefinitions() {
        LedgerFixture f = year();
        LedgerView march = Replay.fold(f.ledgerId(), f.events(), null, LocalDate.of(2024, 3, 31));
        List<IndicatorRow> rows = KeyFigures.build(march, null, null, LocalDate.of(2024, 3, 31), FiguresOptions.DEFAULT)
                .indicators().get("department");
        assertThat(rows).extracting(IndicatorRow::actual).containsExactly("1141册");
        assertThat(march.departmentName()).isEqualTo("中共益阳市委组织部");
        assertThat(march.performance().projects()).extracting(ProjectDef::code).containsExactly("p1");
    }

    @Test
    void aTransferDatedBeforeItsLinesAppropriationStillLandsOnTheRightKind() {
        // recorded in this order, but the appropriation is dated after the transfer into it
        LedgerFixture f = LedgerFixture.year(2024).on("2024-01-02")
                .project("p1", "业务工作开展专项经费", BUSINESS)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "1000.00")
                .on("2024-09-01")
                .appropriation("p1", PROJECT, GENERAL_PUBLIC, CURRENT_YEAR, "2013299", "30299", "p1", "10.00", false)
                .on("2024-06-01")
                .transfer("office", "p1", "400.00");
        Map<String, Object> june = figures(Replay.fold(f.ledgerId(), f.events(), null, LocalDate.of(2024, 6, 30)));
        assertThat(june).containsEntry("budget.full", "1000.00")
                .containsEntry("budget.basic.full", "600.00")
                .containsEntry("budget.project.full", "400.00")
                .containsEntry("project.category.business.budget", "400.00");
    }

    @Test
    void asOfHidesWhatTheLedgerLearnedLater() {
        LedgerFixture f = year()
                .recordedAt("2025-04-15T00:00:00Z").submitted("5", "差")
                // after the submission: a correction of a 2024 voucher, and a revised outcome
                .recordedAt("2025-05-01T00:00:00Z").on("2024-12-31")
                .reverse("august")
                .outcome("d1", "650册");
        Instant submitted = Instant.parse("2025-04-15T00:00:00Z");
        LedgerView then = Replay.fold(f.ledgerId(), f.events(), submitted, null);
        LedgerView now = Replay.fold(f.ledgerId(), f.events(), null, null);
        assertThat(figures(then)).containsEntry("expenditure.total", "550.00");
        assertThat(figures(now)).containsEntry("expenditure.total", "350.00");
        assertThat(rows(then)).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1141册", "5"));
        assertThat(rows(now)).extracting(IndicatorRow::actual, IndicatorRow::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("650册", "4.64"));
        assertThat(then.lastSequence()).isEqualTo(now.lastSequence() - 2);
        assertThat(then.performance().submissions()).hasSize(1);
    }

    @Test
    void asOfIsInclusive() {
        LedgerFixture f = year();
        RecordedEvent last = f.events().get(f.events().size() - 1);
        assertThat(Replay.fold(f.ledgerId(), f.events(), last.recordedAt(), null)).isEqualTo(f.view());
    }

    @Test
    void replayReadsTheStreamInSequenceOrderAndOnlyThisLedger() {
        LedgerFixture f = year();
        List<RecordedEvent> shuffled = new ArrayList<>(f.events());
        Collections.reverse(shuffled);
        shuffled.addAll(LedgerFixture.year(2023)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "7.00").events());
        assertThat(Replay.fold(f.ledgerId(), shuffled, null, null)).isEqualTo(f.view());
    }

    @Test
    void applyIfNewIgnoresARedeliveredEvent() {
        LedgerFixture f = year();
        LedgerView view = f.view();
        f.events().forEach(view::applyIfNew);
        assertThat(view).isEqualTo(f.view());
    }

    private static Map<String, Object> figures(LedgerView view) {
        return KeyFigures.build(view, null, null, null, FiguresOptions.DEFAULT).figures();
    }

    private static List<IndicatorRow> rows(LedgerView view) {
        return KeyFigures.build(view, null, null, null, FiguresOptions.DEFAULT).indicators().get("department");
    }
}
