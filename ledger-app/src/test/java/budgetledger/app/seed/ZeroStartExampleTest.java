package budgetledger.app.seed;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.Importer;
import budgetledger.app.report.ReportService;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * datasets/examples/zero-start-project.jsonl on the real store: a project whose budget starts at 年初 0.00 and is
 * supplemented by 3.36万元, a project left at zero all year (its execution 不适用, its total its indicators scaled
 * to 100), and indicators written as the forms write them (指标性质 = ≥ >= 定性, 指标值, 度量单位). Every line imports;
 * the figures and the report print what the example's arithmetic says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZeroStartExampleTest extends PostgresIntegrationTest {
    static final Path DATASET = SeedFiles.find("datasets/examples/zero-start-project.jsonl");

    @Autowired
    Importer importer;
    @Autowired
    FiguresService figures;
    @Autowired
    ReportService reports;

    private FiguresDocument doc;

    @BeforeAll
    void importTheExample() throws Exception {
        SeedFiles.importEveryLine(importer, DATASET);
        doc = figures.replayed("zero-start", 2024, null, null);
    }

    @Test
    void theDepartmentExecutesItsFullYearBudgetIncludingTheSupplementedZeroLine() {
        // 年初 80 + 6 + 0 + 0 万元, 追加 3.36: full 89.36万元; spent 88.20万元; 0.98702 → 9.87 points
        assertThat(doc.figures()).containsEntry("budget.initial", "860000.00")
                .containsEntry("budget.supplemented", "33600.00")
                .containsEntry("budget.full", "893600.00")
                .containsEntry("expenditure.total", "882000.00")
                .containsEntry("execution.rate", "0.9870")
                .containsEntry("evaluation.score.execution", "9.87")
                .containsEntry("evaluation.score.output", "50.00")
                .containsEntry("evaluation.score.outcome", "27.00")
                .containsEntry("evaluation.score.satisfaction", "10.00")
                .containsEntry("evaluation.score.total", "96.87")
                .containsEntry("evaluation.grade", "优");
    }

    @Test
    void theProjectThatStartedAtZeroIsScoredOnWhatWasSupplemented() {
        ProjectFigures p = project("PX-01");
        // 3.00 of 3.36万元: 0.892857 → 8.93; 40 + 20 + 24 → 92.93
        assertThat(p.figures()).containsEntry("budget.initial", "0.00")
                .containsEntry("budget.full", "33600.00")
                .containsEntry("executed", "30000.00")
                .containsEntry("execution.rate", "0.8929")
                .containsEntry("score.execution", "8.93")
                .containsEntry("score.total", "92.93")
                .containsEntry("grade", "优");
    }

    @Test
    void theZeroBudgetProjectIsNotScoredOnExecutionAndItsIndicatorsAreScaledToOneHundred() {
        ProjectFigures p = project("PX-02");
        // 45 + 40 of the indicators' 90 points, scaled to 100: 94.44
        assertThat(p.figures()).containsEntry("budget.full", "0.00")
                .containsEntry("execution.rate", null)
                .containsEntry("score.execution", null)
                .containsEntry("score.output", "85.00")
                .containsEntry("score.total", "94.44")
                .containsEntry("grade", "优");
    }

    @Test
    void theIndicatorsKeepTheFormsOperatorValueAndUnit() {
        assertThat(doc.indicators().get("department")).extracting(IndicatorRow::name, IndicatorRow::target,
                        IndicatorRow::operator, IndicatorRow::targetValue, IndicatorRow::unit, IndicatorRow::score)
                .containsExactly(tuple("培训覆盖村（社区）数", "≥120个", "≥", "120", "个", "30"),
                        tuple("经费支付差错率", "=0%", "=", "0", "%", "20"),
                        tuple("基层组织力", "明显提升", "定性", "明显提升", "", "27"),
                        tuple("参训人员满意度", "≥90%", "≥", "90", "%", "10"));
    }

    @Test
    void theReportPrintsTheFormColumnsAndNotApplicable() {
        String md = new String(reports.render("zero-start", 2024, ReportFormat.MD, null, null).bytes(),
                StandardCharsets.UTF_8);
        assertThat(md).contains("整体支出绩效自评得分为 96.87分", "自评结论为“优”",
                "**指标性质** | **指标值** | **度量单位** | **实际完成值**",
                "| 参训人员满意度 | ≥ | 90 | % | 93% | 10 | 10 |",
                "| 方案审议通过率 | = | 100 | % | 100% | 40 | 40 |",
                "| 10 | 不适用 | 不适用 |", "94.44", "预算执行率不适用（全年预算数为零），总分按其余指标得分折算");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(reports.render("zero-start", 2024, format, null, null).bytes()).as(format.key()).isNotEmpty();
        }
    }

    private ProjectFigures project(String code) {
        return doc.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
