package budgetledger.projections.report;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.BudgetLine;
import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.Replay;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 撤回登记: a project, an indicator or a goal registered by mistake leaves the figures and the report's 附件3
 * forms, while the year's other figures are as if it had never been registered; the events stay in the history.
 */
class WithdrawnRegistrationTest {
    private static final String MISTAKE = "误登记的宣传项目";

    /**
     * The seed-shaped year plus a project registered by mistake with its two lines (one at 0.00, as a project
     * budgeted at nothing is written), a goal and an indicator, and a stray department indicator.
     */
    private static LedgerFixture withMistakes() {
        return ReportFixture.year2024()
                .project("px", MISTAKE, BUSINESS)
                .line("px-1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "px", "8000.00")
                .line("px-0", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "px", "0.00")
                .goal("px", "误登记项目的目标", null)
                .indicator("ix", "px", "产出指标", "数量指标", "误登记指标甲", "≥10次", "10")
                .indicator("iy", null, "产出指标", "数量指标", "误登记指标乙", "≥5次", "5");
    }

    private static LedgerFixture withdrawn() {
        return withMistakes().indicatorWithdrawn("ix").indicatorWithdrawn("iy").goalWithdrawn("px")
                .projectWithdrawn("px");
    }

    private static List<String> indicatorNames(FiguresDocument doc) {
        return doc.indicators().values().stream().flatMap(List::stream).map(IndicatorRow::name).toList();
    }

    @Test
    void beforeTheWithdrawalTheMistakesAreInTheFiguresAndTheReport() {
        FiguresDocument doc = ReportFixture.figures(withMistakes());
        assertThat(doc.projects()).extracting(ProjectFigures::code).contains("px");
        assertThat(doc.figures()).isNotEqualTo(ReportFixture.figures(ReportFixture.year2024()).figures());
        assertThat(indicatorNames(doc)).contains("误登记指标乙");
        assertThat(ReportFixture.markdown(withMistakes())).contains(MISTAKE, "误登记指标甲", "误登记项目的目标");
    }

    @Test
    void withdrawnProjectAndIndicatorsLeaveTheFiguresAndTheFormsAndTheRestIsUnchanged() {
        FiguresDocument after = ReportFixture.figures(withdrawn());
        assertThat(after.projects()).extracting(ProjectFigures::code).doesNotContain("px").contains("p1");
        assertThat(indicatorNames(after)).doesNotContain("误登记指标甲", "误登记指标乙");
        FiguresDocument never = ReportFixture.figures(ReportFixture.year2024());
        assertThat(after.figures()).isEqualTo(never.figures());
        assertThat(ReportFixture.markdown(withdrawn())).doesNotContain(MISTAKE, "误登记指标甲", "误登记指标乙", "误登记项目的目标")
                .contains("业务工作开展专项经费");
    }

    @Test
    void theWithdrawnLinesLeaveTheBudgetLinesAndEveryReplayedMoment() {
        LedgerView after = withdrawn().view();
        assertThat(after.budget().lines()).extracting(BudgetLine::lineId).doesNotContain("px-0", "px-1");
        assertThat(after.budget().lines()).containsExactlyElementsOf(ReportFixture.year2024().view().budget().lines());
        // a historical moment after the withdrawal, with the budget facts cut at 30 June: the lines are gone there too
        LedgerView midYear = Replay.fold(after.ledgerId(), withdrawn().events(), null, LocalDate.of(2024, 6, 30));
        assertThat(midYear.budget().lines()).extracting(BudgetLine::lineId).doesNotContain("px-0", "px-1");
        assertThat(Replay.fold(after.ledgerId(), withMistakes().events(), null, null).budget().lines())
                .extracting(BudgetLine::lineId).contains("px-0", "px-1");
    }

    @Test
    void theWithdrawalsStayInTheHistory() {
        assertThat(withdrawn().events()).hasSize(withMistakes().events().size() + 4);
    }
}
