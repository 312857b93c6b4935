package budgetledger.projections.report;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.LedgerFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 撤回登记: a project, an indicator or a goal registered by mistake leaves the figures and the report's 附件3
 * forms, while the year's other figures are as if it had never been registered; the events stay in the history.
 */
class WithdrawnRegistrationTest {
    private static final String MISTAKE = "误登记的宣传项目";

    /** The seed-shaped year plus a project registered by mistake, with a goal and an indicator, and a stray one. */
    private static LedgerFixture withMistakes() {
        return ReportFixture.year2024()
                .project("px", MISTAKE, BUSINESS)
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
    void theWithdrawalsStayInTheHistory() {
        assertThat(withdrawn().events()).hasSize(withMistakes().events().size() + 4);
    }
}
