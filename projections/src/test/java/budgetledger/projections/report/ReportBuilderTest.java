package budgetledger.projections.report;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.money.Money;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.figures.FiguresDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's document model, built from hand-made events: structure, numbers from figures, recorded prose. */
class ReportBuilderTest {
    private final ReportInput input = ReportFixture.input();
    private final Report report = ReportBuilder.build(input);
    private final FiguresDocument doc = input.figures();

    @Test
    void followsTheSeedsSectionsInOrder() {
        List<String> level1 = report.body().stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text()).toList();
        assertThat(level1).containsExactly("一、单位基本情况", "二、一般公共预算支出情况", "三、政府性基金预算支出情况",
                "四、国有资本经营预算支出情况", "五、社会保险基金预算支出情况", "六、部门整体支出绩效情况",
                "七、存在的问题及原因分析", "八、下一步改进措施", "九、部门整体支出绩效自评结果拟应用和公开情况",
                "十、其他需要说明的情况");
        assertThat(report.title()).isEqualTo("2024 年度中共益阳市委组织部");
        assertThat(report.subtitle()).isEqualTo("整体支出绩效自评报告");
    }

    @Test
    void statesTheGeneralBudgetChangeFromTheChangeFigures() {
        assertThat(paragraphs()).contains(
                "2024年度一般公共预算支出 1796.19万元，较上年同期的 2186.84万元减少 390.65万元，下降 17.86%。",
                "2024年无政府性基金预算支出。", "2024年无国有资本经营预算支出。", "2024年无社会保险基金预算支出。");
        assertThat(doc.figures()).containsEntry("change.expenditure.fund.generalPublic", "-3906500.00")
                .containsEntry("change.expenditure.fund.generalPublic.rate", "-0.1786");
    }

    @Test
    void everyPrintedValueIsItsFigureFormattedOnce() {
        List<String> checked = new ArrayList<>();
        for (Block b : report.body()) {
            if (!(b instanceof Block.Paragraph p)) {
                continue;
            }
            for (Inline i : p.inlines()) {
                if (i instanceof Inline.Value v) {
                    assertThat(doc.figures()).as("figure behind \"%s\"", v.text()).containsKey(v.figure());
                    assertThat(v.text()).as(v.figure()).isIn(printings(doc.figures().get(v.figure())));
                    checked.add(v.figure());
                }
            }
        }
        assertThat(checked).contains("expenditure.total", "execution.rate", "execution.rateOfAvailableFunds",
                "threePublic.total.actual", "threePublic.controlRate", "evaluation.score.total", "evaluation.grade",
                "staff.authorized.own", "threePublic.reception.batches");
    }

    @Test
    void contributorsOfAChangeAddUpToTheChangeFigure() {
        List<Table> tables = report.body().stream().filter(Block.TableBlock.class::isInstance)
                .map(b -> ((Block.TableBlock) b).table()).toList();
        assertThat(tables).isNotEmpty();
        for (Table t : tables) {
            // the caption names the figure in Chinese (与“一般公共预算项目支出”同口径): find its change figure
            String name = t.caption().replaceAll(".*与“(.+)”同口径.*", "$1");
            String figure = doc.figures().keySet().stream()
                    .filter(k -> budgetledger.projections.figures.FigureNames.department(k)
                            .filter(n -> n.column() == budgetledger.projections.figures.FigureName.Column.CHANGE)
                            .filter(n -> n.base().chineseName().equals(name)).isPresent())
                    .findFirst().orElseThrow(() -> new AssertionError("no change figure named " + name));
            Money sum = Money.ZERO;
            for (List<Cell> row : t.rows().subList(1, t.rows().size())) {
                sum = sum.plus(((Cell.Amount) row.get(3)).amount());
            }
            assertThat(sum).as(t.caption()).isEqualTo(Money.parse((String) doc.figures().get(figure)));
        }
        Table byProject = tables.stream().filter(t -> t.caption().startsWith("项目支出变动的主要构成（按项目")).findFirst()
                .orElseThrow();
        assertThat(byProject.rows().get(1).get(0).display()).isEqualTo("业务工作开展专项经费");
        assertThat(byProject.rows().get(1).get(3).display()).isEqualTo("-344.24");
        assertThat(byProject.rows().get(2).get(0).display()).isEqualTo("非公有制经济组织和社会组织党建工作经费");
        assertThat(byProject.rows().get(2).get(3).display()).isEqualTo("-87.62");
    }

    @Test
    void recordedExplanationsAreQuotedBesideTheirChangeAndNothingRecordedIsDropped() {
        List<Block> body = report.body();
        int change = indexOf(body, "（2）公用经费支出 281.35万元");
        Block.Recorded quote = body.subList(change, body.size()).stream().filter(Block.Recorded.class::isInstance)
                .map(Block.Recorded.class::cast).findFirst().orElseThrow();
        assertThat(quote.section()).isEqualTo("change.expenditure.generalPublic.basic.public");
        assertThat(quote.quote()).isTrue();
        assertThat(quote.text()).isEqualTo("主要原因是督导组联络服务支出本年度在公用经费中列支。");

        List<String> sections = body.stream().filter(Block.Recorded.class::isInstance)
                .map(b -> ((Block.Recorded) b).section()).toList();
        assertThat(sections).contains("goalSetting", "change.expenditure.generalPublic.project",
                "change.threePublic.reception.actual", "problems", "improvements", "resultUse", "auditNote");
        assertThat(body.stream().filter(Block.Missing.class::isInstance).map(b -> ((Block.Missing) b).what()))
                .anySatisfy(w -> assertThat(w).contains("单位的职能职责"));
    }

    @Test
    void theConclusionIsWrittenFromTheScoreFigures() {
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p)
                .contains("整体支出绩效自评得分为 " + doc.figures().get("evaluation.score.total") + "分")
                .contains("自评结论为“" + doc.figures().get("evaluation.grade") + "”"));
    }

    @Test
    void hasOneProjectFormPerProjectWithIndicators() {
        assertThat(report.attachments()).extracting(Attachment::label)
                .containsExactly("附件1", "附件2", "附件3-1", "附件3-2", "附件3-3");
        assertThat(report.attachments()).allSatisfy(a -> assertThat(a.unitNote()).isEqualTo("金额单位：万元"));
        assertThat(report.attachments().get(2).table().rows().get(0).get(1).display()).isEqualTo("业务工作开展专项经费");
    }

    @Test
    void aYearJustOpenedStillMakesAReportInEveryFormat() {
        Report empty = ReportBuilder.build(ReportInput.of(LedgerFixture.year(2025).view(), null,
                ReportFixture.AS_OF, null, FiguresOptions.DEFAULT));
        assertThat(empty.attachments()).extracting(Attachment::label).containsExactly("附件1", "附件2");
        assertThat(empty.body().stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text()))
                .contains("2025年无政府性基金预算支出。", "2025年度一般公共预算支出 0.00万元，上年无数据。");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(empty, format == ReportFormat.PDF ? PdfRenderer.fromEnvironment() : null))
                    .as(format.key()).isNotEmpty();
        }
    }

    @Test
    void aFundNatureWithSpendingIsStatedNotCalledNone() {
        LedgerFixture year = LedgerFixture.year(2024).on("2024-03-01")
                .line("fund", LineKind.PROJECT, FundNature.GOV_FUND, "2013299", "30299", null, "50000.00")
                .spend("x", "fund", "30299", "12345.67");
        Report r = ReportBuilder.build(ReportInput.of(year.view(), null, ReportFixture.AS_OF, null, FiguresOptions.DEFAULT));
        assertThat(r.body().stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text()))
                .contains("2024年政府性基金预算支出 1.23万元，上年无数据。")
                .doesNotContain("2024年无政府性基金预算支出。");
    }

    @Test
    void aTableThatDoesNotFillItsColumnsIsRefused() {
        Table bad = new Table("bad", 3, List.of(List.of(Cell.text("a"), Cell.text("b"))));
        assertThatThrownBy(() -> Grid.of(bad)).isInstanceOf(IllegalStateException.class).hasMessageContaining("empty");
    }

    private List<String> paragraphs() {
        return report.body().stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).toList();
    }

    private static int indexOf(List<Block> body, String start) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Paragraph p && p.text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting " + start);
    }

    /** How a figure value may print: money in 万元 (or its magnitude, after 增加/减少), a rate, a score, a count. */
    private static List<String> printings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Integer n) {
            out.add(n.toString());
        } else if (value instanceof String s && s.matches("-?\\d+\\.\\d{2}")) {
            Money m = Money.parse(s);
            out.add(Format.wan(m));
            out.add(Format.wan(m.isNegative() ? m.negate() : m));
            out.add(s); // a score
        } else if (value instanceof String s && s.matches("-?\\d+\\.\\d{4}")) {
            out.add(Format.percent(new BigDecimal(s)));
            out.add(Format.percent(new BigDecimal(s).abs()));
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }
}
