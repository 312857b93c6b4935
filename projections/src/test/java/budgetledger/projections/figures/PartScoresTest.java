package budgetledger.projections.figures;

import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.report.Attachment;
import budgetledger.projections.report.Report;
import budgetledger.projections.report.ReportBuilder;
import budgetledger.projections.report.ReportInput;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.SPECIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * docs/scoring.md, 一级指标得分: a part scores its indicators' points, never above its weight (the template's or the
 * goal's override); the total is execution + the parts; a part whose registered 分值 differ from its weight is a
 * finding the form prints as a note; a part the template lacks counts nothing.
 */
class PartScoresTest {

    /** A project on the provincial 10 / 60 / 30 form, its budget spent in full (execution 10 of 10). */
    private static LedgerFixture provincial(Map<String, String> override) {
        return LedgerFixture.year(2024).project("p1", "村级补助", SPECIAL)
                .goal("p1", "补助行政村", "provincial-project-4funds", override)
                .line("p1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1", "100.00")
                .spend("a", "p1", "30299", "100.00");
    }

    /** 产出 30 + 30, 效益 30, every target met. */
    private static LedgerFixture metSixtyThirty(LedgerFixture f) {
        return f.indicator("o1", "p1", "产出指标", "数量指标", "补助村数", "≥120个", "30").outcome("o1", "126个")
                .indicator("o2", "p1", "产出指标", "质量指标", "发放准确率", "=100%", "30").outcome("o2", "100%")
                .indicator("e1", "p1", "效益指标", "社会效益指标", "服务水平", "明显提升", "30").judged("e1", "明显提升", "30");
    }

    private static ProjectFigures p1(LedgerFixture f) {
        return KeyFigures.build(f.view(), null, null, null, FiguresOptions.DEFAULT).projects().get(0);
    }

    @Test
    void partsThatAddUpToTheirWeightsScoreInFullWithoutFindings() {
        ProjectFigures p = p1(metSixtyThirty(provincial(null)));
        assertThat(p.figures()).containsEntry("score.output", "60.00").containsEntry("score.outcome", "30.00")
                .containsEntry("score.total", "100.00").containsEntry("grade", "优");
        assertThat(p.partFindings()).isEmpty();
    }

    @Test
    void anOverrideOfAPartsWeightChangesItsCapAndItsNote() {
        // 市财政局批复: 产出 50, 效益 40; the registered 60 / 30 no longer fit, and 产出 stops at its new weight
        ProjectFigures p = p1(metSixtyThirty(provincial(Map.of("产出", "50", "效益", "40"))));
        assertThat(p.figures()).containsEntry("score.output", "50.00").containsEntry("score.outcome", "30.00")
                .containsEntry("score.total", "90.00");
        assertThat(p.partFindings()).extracting(PartFinding::part, PartFinding::weight, PartFinding::overridden,
                PartFinding::registered).containsExactly(tuple("产出", "50", true, "60.00"),
                tuple("效益", "40", true, "30.00"));
        assertThat(p.partFindings()).extracting(PartFinding::note).containsExactly(
                "产出指标分值合计 60.00，与绩效目标调整后的权重 50 不符，该部分得分以 50 分为上限",
                "效益指标分值合计 30.00，与绩效目标调整后的权重 40 不符");
    }

    @Test
    void aPartWhoseScoresDoNotAddUpIsFlaggedAndPrintedUnderTheForm() {
        LedgerFixture f = provincial(null)
                .indicator("o1", "p1", "产出指标", "数量指标", "补助村数", "≥120个", "55").outcome("o1", "126个")
                .indicator("e1", "p1", "效益指标", "社会效益指标", "服务水平", "明显提升", "30").judged("e1", "明显提升", "30");
        ProjectFigures p = p1(f);
        // the grade is not moved silently: 55 earned is 55 counted, and the form says the part is short of its 60
        assertThat(p.figures()).containsEntry("score.output", "55.00").containsEntry("score.total", "95.00");
        assertThat(p.partFindings()).extracting(PartFinding::part, PartFinding::weight, PartFinding::registered,
                PartFinding::note).containsExactly(tuple("产出", "60", "55.00", "产出指标分值合计 55.00，与模板权重 60 不符"));
        Report report = ReportBuilder.build(ReportInput.of(f.view(), null, null, null, FiguresOptions.DEFAULT));
        Attachment form = report.attachments().stream().filter(a -> a.label().startsWith("附件3")).findFirst()
                .orElseThrow();
        assertThat(form.notes()).first().isEqualTo("注：产出指标分值合计 55.00，与模板权重 60 不符。");
    }

    @Test
    void anIndicatorUnderAPartTheTemplateLacksCountsNothingAndIsNamed() {
        // recorded before the ledger refused such indicators: the stream may still hold one
        ProjectFigures p = p1(metSixtyThirty(provincial(null))
                .indicator("s1", "p1", "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "10").outcome("s1", "95%"));
        assertThat(p.figures()).containsEntry("score.satisfaction", "0.00").containsEntry("score.total", "100.00");
        assertThat(p.indicators()).extracting(IndicatorRow::score).contains("10");
        assertThat(p.partFindings()).extracting(PartFinding::level1, PartFinding::weight, PartFinding::note)
                .containsExactly(tuple("满意度指标", null,
                        "满意度指标分值合计 10.00，评价模板 provincial-project-4funds 无“满意度指标”部分，不计入总分"));
    }

    @Test
    void theTotalNeverExceedsAHundredWhateverIsRegistered() {
        // every part registered over its weight and met, the budget spent in full: each part and execution stop at
        // their weights, which add up to 100
        LedgerFixture f = LedgerFixture.year(2024)
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "100.00")
                .spend("a", "office", "30201", "100.00")
                .indicator("o", null, "产出指标", "数量指标", "培训", "≥10次", "80").outcome("o", "12次")
                .indicator("e", null, "效益指标", "社会效益指标", "质量", "≥90%", "70").outcome("e", "95%")
                .indicator("s", null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "40").outcome("s", "99%");
        FiguresDocument doc = KeyFigures.build(f.view(), null, null, null, FiguresOptions.DEFAULT);
        assertThat(doc.figures()).containsEntry("evaluation.score.execution", "10.00")
                .containsEntry("evaluation.score.output", "50.00").containsEntry("evaluation.score.outcome", "30.00")
                .containsEntry("evaluation.score.satisfaction", "10.00")
                .containsEntry("evaluation.score.total", "100.00");
        assertThat(doc.partFindings()).extracting(PartFinding::part).containsExactly("产出", "效益", "满意度");
    }

    @Test
    void anEvaluationWithoutIndicatorsHasNoFindings() {
        assertThat(KeyFigures.build(provincial(null).view(), null, null, null, FiguresOptions.DEFAULT).projects()
                .get(0).partFindings()).isEmpty();
    }
}
