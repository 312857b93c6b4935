package budgetledger.projections.report;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.fold.LedgerFixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;

/** A project in a category the department named itself (村级补助): its own 附件1 row and its name on its report. */
class OwnCategoryTest {
    private static LedgerFixture township() {
        return LedgerFixture.year(2024)
                .ownCategoryProject("V1", "村级组织运转补助", "村级补助")
                .line("v1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "V1", "50.00")
                .spend("a", "v1", "30299", "40.00")
                .project("B1", "业务培训", BUSINESS)
                .line("b1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "B1", "10.00")
                .indicator("q", "V1", "产出指标", "数量指标", "补助村数", "≥10个", "90").outcome("q", "10个");
    }

    @Test
    void theOwnCategoryHasItsFiguresAndItsRowOn附件1() {
        FiguresDocument doc = KeyFigures.build(township().view(), null, ReportFixture.AS_OF, null,
                FiguresOptions.DEFAULT);
        assertThat(doc.figures()).containsEntry("project.category.own.budget", "50.00")
                .containsEntry("project.category.own.actual", "40.00")
                .containsEntry("project.category.business.budget", "10.00");
        Report report = ReportBuilder.build(ReportInput.of(township().view(), null, ReportFixture.AS_OF, null,
                FiguresOptions.DEFAULT));
        String md = new String(ReportFormat.MD.render(report, null), StandardCharsets.UTF_8);
        assertThat(md).contains("| 4、自定类别：村级补助 |");
        String project = new String(ReportFormat.MD.render(ProjectReport.build(ReportInput.of(township().view(), null,
                ReportFixture.AS_OF, null, FiguresOptions.DEFAULT), "V1"), null), StandardCharsets.UTF_8);
        assertThat(project).contains("项目类别：村级补助（自定类别）");
    }

    @Test
    void withoutAnOwnCategoryTheFormHasNoSuchRow() {
        LedgerFixture plain = LedgerFixture.year(2024).project("B1", "业务培训", BUSINESS)
                .line("b1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "B1", "10.00");
        String md = new String(ReportFormat.MD.render(ReportBuilder.build(ReportInput.of(plain.view(), null,
                ReportFixture.AS_OF, null, FiguresOptions.DEFAULT)), null), StandardCharsets.UTF_8);
        assertThat(md).contains("其中：1、业务工作经费").doesNotContain("自定类别");
    }
}
