package budgetledger.projections.report;

import budgetledger.core.classification.FundNature;
import budgetledger.core.establishment.StaffGroup;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.figures.SpendingScope;
import budgetledger.projections.fold.Establishment;
import budgetledger.projections.fold.SpendBucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The report's body in the seed's order: 一 单位基本情况 … 十 其他需要说明的情况. Sentences are generated from
 * the figures ({@link Sentence}); prose the department recorded is placed where its section belongs and printed
 * as recorded; where a change is explained in words, the largest contributors read from the ledger stand beside
 * the recorded explanation.
 */
final class Body {
    /** How many groups a contributors table lists before the remainder row. */
    static final int LARGEST = 6;
    private static final FigureName EXPENDITURE_TOTAL = FigureNames.EXPENDITURE_TOTAL;
    private static final FigureName EXPENDITURE_GENERAL_PUBLIC_BASIC = FigureNames.EXPENDITURE_GENERAL_PUBLIC_BASIC;
    private static final FigureName GP_PERSONNEL = FigureNames.EXPENDITURE_GENERAL_PUBLIC_BASIC_PERSONNEL;
    private static final FigureName GP_PUBLIC = FigureNames.EXPENDITURE_GENERAL_PUBLIC_BASIC_PUBLIC;
    private static final FigureName GP_PROJECT = FigureNames.EXPENDITURE_GENERAL_PUBLIC_PROJECT;

    private final ReportInput in;
    private final ReportFigures f;
    private final Texts texts;
    private final int year;
    private final String name;
    private final List<Block> out = new ArrayList<>();

    Body(ReportInput in, ReportFigures f, Texts texts) {
        this.in = in;
        this.f = f;
        this.texts = texts;
        this.year = in.figures().year();
        this.name = in.figures().departmentName() == null ? in.figures().department() : in.figures().departmentName();
    }

    List<Block> write() {
        preamble();
        basicInformation();
        generalPublicExpenditure();
        fund("三、", FundNature.GOV_FUND, "政府性基金预算");
        fund("四、", FundNature.STATE_CAPITAL, "国有资本经营预算");
        fund("五、", FundNature.SOCIAL_INSURANCE, "社会保险基金预算");
        new PerformanceSection(this).write();
        closing();
        return out;
    }

    // ---- shared by the sections ----

    ReportInput input() {
        return in;
    }

    ReportFigures figures() {
        return f;
    }

    Texts texts() {
        return texts;
    }

    int year() {
        return year;
    }

    String departmentName() {
        return name;
    }

    void heading(int level, String text) {
        out.add(new Block.Heading(level, text));
    }

    void add(Block block) {
        out.add(block);
    }

    Sentence sentence() {
        return Sentence.with(f);
    }

    void add(Sentence s) {
        out.add(s.paragraph());
    }

    void plain(String text) {
        out.add(new Block.Paragraph(List.of(new Inline.Plain(text))));
    }

    /** The recorded section as a paragraph of its own; a "not recorded" marker when {@code required}. */
    void recorded(String section, String label, boolean required) {
        Optional<String> text = texts.take(section);
        if (text.isPresent()) {
            out.add(new Block.Recorded(section, label, text.get(), false));
        } else if (required) {
            out.add(new Block.Missing(Texts.KNOWN.getOrDefault(section, section) + "（文字说明未记录，section “" + section + "”）"));
        }
    }

    /**
     * Beside the numbers of a change already stated: the largest contributors by economic code and by project
     * (each only when the scope has more than one group), then the department's recorded explanation, quoted.
     */
    void explain(FigureName name, String what) {
        FigureName change = name.change();
        Optional<Predicate<SpendBucket>> scope = SpendingScope.of(name);
        // the contributors are the two years' buckets: only a prior year in the ledger has them
        if (scope.isPresent() && in.prior() != null && f.known(change) && !f.money(change).isZero()) {
            contributors(what, "经济分类科目",
                    Contributors.byEconomicCode(in.current(), in.priorView(), year, scope.get()), change);
            contributors(what, "项目", Contributors.byProject(in.current(), in.priorView(), scope.get()), change);
        }
        texts.take(change.key()).ifPresent(t -> out.add(new Block.Recorded(change.key(), "单位说明：", t, true)));
    }

    private void contributors(String what, String by, List<Contribution> all, FigureName change) {
        if (all.size() < 2) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head(by), Cell.head(year + "年（万元）"), Cell.head((year - 1) + "年（万元）"),
                Cell.head("增减（万元）")));
        for (Contribution c : Contributors.largest(all, LARGEST)) {
            rows.add(List.of(Cell.text(c.label()), amount(c.current()), amount(c.prior()), amount(c.change())));
        }
        out.add(new Block.TableBlock(new Table(what + "变动的主要构成（按" + by + "，取自账本，与“"
                + change.base().chineseName() + "”同口径）", 4, rows, List.of(30, 12, 12, 12))));
    }

    private static Cell amount(budgetledger.core.money.Money m) {
        return new Cell.Amount(m, null, 1, 1);
    }

    // ---- 一 ----

    private void preamble() {
        Optional<String> intro = texts.take("intro");
        if (intro.isPresent()) {
            out.add(new Block.Recorded("intro", null, intro.get(), false));
        } else {
            plain("现将" + name + year + "年度部门整体支出绩效自评情况报告如下：");
        }
    }

    private void basicInformation() {
        heading(1, "一、单位基本情况");
        heading(2, "（一）组织机构设置情况");
        Establishment e = in.current().establishment().current();
        if (e.staff().isEmpty()) {
            out.add(new Block.Missing("编制及实有人数（未申报编制）"));
        } else {
            String groups = e.staff().stream().filter(g -> !g.seconded())
                    .map(g -> g.category() + " " + g.authorized() + "名").collect(Collectors.joining("，"));
            add(sentence().text(name + " " + year + "年末人员编制数 ").count(FigureNames.STAFF_AUTHORIZED_OWN)
                    .text("名，其中，" + groups + "；年末在职人员实有人数 ").count(FigureNames.STAFF_ACTUAL_OWN).text("人。"));
            List<StaffGroup> seconded = e.staff().stream().filter(StaffGroup::seconded).toList();
            if (!seconded.isEmpty()) {
                String who = seconded.stream().map(g -> g.category() + " " + g.actual() + "人")
                        .collect(Collectors.joining("、"));
                add(sentence().text("另有" + who + "计入财政供养人员（相关经费在本部门列支），财政供养人员编制数合计 ")
                        .count(FigureNames.STAFF_AUTHORIZED).text("名，实有人数合计 ").count(FigureNames.STAFF_ACTUAL).text("人。"));
            }
        }
        add(sentence().text(name + " " + year + "年末有退休人员 ").count(FigureNames.STAFF_RETIRED).text("人。"));
        add(sentence().text(name + " " + year + "年末车辆编制 ").count(FigureNames.VEHICLES_AUTHORIZED).text("辆，实有车辆 ")
                .count(FigureNames.VEHICLES_ACTUAL).text("辆。"));
        recorded("organization", null, false);
        heading(2, "（二）单位的职能职责");
        recorded("functions", null, true);
    }

    // ---- 二 ----

    private void generalPublicExpenditure() {
        heading(1, "二、一般公共预算支出情况");
        FigureName generalPublic = FigureNames.expenditureFund(FundNature.GENERAL_PUBLIC);
        add(sentence().text(year + "年度一般公共预算支出 ").wan(generalPublic).text("，").change(generalPublic).text("。"));
        if (!f.money(EXPENDITURE_TOTAL).equals(f.money(generalPublic))) {
            add(sentence().text("全部资金口径的总支出为 ").wan(EXPENDITURE_TOTAL).text("，见六（二）。"));
        }
        basicExpenditure();
        projectExpenditure();
    }

    private void basicExpenditure() {
        heading(2, "（一）基本支出情况");
        plain("基本支出是指用于保障机构正常运转、完成日常工作任务而发生的各项支出，包括在职和退休人员基本工资、津贴补贴等人员经费"
                + "以及办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、培训费、公务接待费、公务用车运行维护费等日常公用经费。");
        add(sentence().text(year + "年基本支出 ").wan(EXPENDITURE_GENERAL_PUBLIC_BASIC).text("，")
                .change(EXPENDITURE_GENERAL_PUBLIC_BASIC).text("。"));
        boolean sameScope = f.money(FigureNames.EXPENDITURE_BASIC).equals(f.money(EXPENDITURE_GENERAL_PUBLIC_BASIC));
        String ofBasic = sameScope ? "占基本支出 " : "占全部资金口径基本支出 ";
        add(sentence().text("（1）基本支出中人员经费 ").wan(GP_PERSONNEL).text("，" + ofBasic)
                .percent(FigureNames.EXPENDITURE_BASIC_SHARE_PERSONNEL).text("，").change(GP_PERSONNEL).text("。"));
        explain(GP_PERSONNEL, "人员经费");
        add(sentence().text("（2）公用经费支出 ").wan(GP_PUBLIC).text("，" + ofBasic)
                .percent(FigureNames.EXPENDITURE_BASIC_SHARE_PUBLIC).text("，").change(GP_PUBLIC).text("。"));
        explain(GP_PUBLIC, "公用经费");
    }

    private void projectExpenditure() {
        heading(2, "（二）项目支出情况");
        String projects = in.figures().projects().stream().map(ProjectFigures::name).collect(Collectors.joining("、"));
        plain("项目支出是指为完成特定工作任务和事业发展目标，在基本支出之外发生的支出。" + year + "年度项目"
                + (projects.isEmpty() ? "：无。" : "包括：" + projects + "。"));
        add(sentence().text(year + "年项目支出 ").wan(GP_PROJECT).text("，").change(GP_PROJECT).text("。"));
        if (!f.money(FigureNames.EXPENDITURE_PROJECT).equals(f.money(GP_PROJECT))) {
            add(sentence().text("含其他资金在内，全部资金口径的项目支出为 ").wan(FigureNames.EXPENDITURE_PROJECT)
                    .text("（附件1、附件2 所列口径）。"));
        }
        explain(GP_PROJECT, "项目支出");
    }

    // ---- 三 to 五 ----

    private void fund(String number, FundNature nature, String label) {
        heading(1, number + label + "支出情况");
        FigureName figure = FigureNames.expenditureFund(nature);
        if (f.money(figure).isZero()) {
            Sentence none = sentence().text(year + "年无" + label + "支出。");
            if (f.known(figure.prior()) && !f.money(figure.prior()).isZero()) {
                none.text("上年同期为 ").wan(figure.prior()).text("。");
            }
            add(none);
            return;
        }
        add(sentence().text(year + "年" + label + "支出 ").wan(figure).text("，").change(figure).text("。"));
        explain(figure, label);
    }

    // ---- 七 to 十 ----

    private void closing() {
        heading(1, "七、存在的问题及原因分析");
        recorded("problems", null, true);
        heading(1, "八、下一步改进措施");
        recorded("improvements", null, true);
        heading(1, "九、部门整体支出绩效自评结果拟应用和公开情况");
        recorded("resultUse", null, true);
        heading(1, "十、其他需要说明的情况");
        boolean other = texts.take("other").map(t -> out.add(new Block.Recorded("other", null, t, false))).isPresent();
        List<String> priorYear = PriorYearNote.lines(in.figures());
        priorYear.forEach(this::plain);
        other |= !priorYear.isEmpty();
        texts.take("frugality"); // printed in 附件1
        texts.take("conclusion"); // superseded by the conclusion generated from the figures, see PerformanceSection
        Map<String, String> left = texts.unused();
        left.forEach((section, text) -> out.add(new Block.Recorded(section,
                Texts.KNOWN.getOrDefault(section, section) + "：", text.strip(), false)));
        if (!other && left.isEmpty()) {
            plain("无");
        }
        attachmentList();
    }

    private void attachmentList() {
        List<ProjectFigures> forms = ProjectForms.withIndicators(in.figures());
        StringBuilder b = new StringBuilder("附件：1、部门整体支出绩效评价基础数据表；2、部门整体支出绩效自评表");
        if (!forms.isEmpty()) {
            b.append("；3、项目支出绩效自评表（");
            for (int i = 0; i < forms.size(); i++) {
                b.append(i == 0 ? "" : "，").append("3-").append(i + 1).append(" ").append(forms.get(i).name());
            }
            b.append("）");
        }
        plain(b.append("。").toString());
    }
}
