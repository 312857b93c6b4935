package budgetledger.projections.report;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.performance.EvaluationTemplate;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.ProjectFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's self-evaluation reported on its own (项目支出绩效自评, {@code report --project}): a short body — what
 * the project is, the template it is evaluated on with its source, its funds and its score — and its 项目支出绩效
 * 自评表 exactly as the department's report prints it as 附件3. The numbers are the project's figures of the same
 * {@link ReportInput}; they print as plain text, since the drill-down names figures of the department.
 */
public final class ProjectReport {
    public static final String SUBTITLE = "项目支出绩效自评报告";

    private ProjectReport() {
    }

    /** The report of project {@code code}; UNKNOWN_PROJECT when the year has no such project (or it was withdrawn). */
    public static Report build(ReportInput in, String code) {
        ProjectFigures p = in.figures().projects().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new LedgerException(ErrorCode.UNKNOWN_PROJECT, "项目 " + code + " 不在 "
                        + in.figures().department() + " " + in.figures().year() + " 年度（未登记或已撤回）"));
        ReportFigures f = new ReportFigures(p.name(), p.figures());
        EvaluationTemplate template = in.current().performance().template(code);
        String department = in.figures().departmentName() == null ? in.figures().department()
                : in.figures().departmentName();
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "一、项目基本情况"));
        body.add(plain("项目名称：" + p.name() + "（" + code + "）；主管部门：" + department + "；项目类别："
                + category(in, template, p) + "。"));
        body.add(plain("评价模板：" + template.name() + "；本项目各部分权重：" + weights(in, code) + "。模板依据："
                + template.source() + "。"));
        in.current().performance().projectGoal(code).map(g -> g.weightsReason())
                .filter(r -> r != null && !r.isBlank())
                .ifPresent(r -> body.add(plain("本项目绩效目标调整了模板权重，理由：" + r + "。")));
        in.current().performance().projectGoal(code)
                .ifPresent(g -> body.add(new Block.Recorded(null, "绩效目标：", g.goal(), false)));
        body.add(new Block.Heading(1, "二、自评结论"));
        body.add(plain(conclusion(f, p)));
        Attachment form = ProjectForms.form(in, p, "附件");
        Grid.of(form.table());
        return new Report(in.figures().department(), department, in.figures().year(), in.figures().asOf(),
                in.figures().through(), in.figures().year() + " 年度" + p.name(), SUBTITLE, body, List.of(form), null,
                code);
    }

    private static String conclusion(ReportFigures f, ProjectFigures p) {
        StringBuilder b = new StringBuilder("本项目年初预算数 ").append(wan(f, FigureNames.PROJECT_BUDGET_INITIAL))
                .append("，全年预算数 ").append(wan(f, FigureNames.PROJECT_BUDGET_FULL)).append("，全年执行数 ")
                .append(wan(f, FigureNames.PROJECT_EXECUTED)).append("，预算执行率 ");
        BigDecimal rate = f.ratio(FigureNames.PROJECT_EXECUTION_RATE);
        b.append(rate == null ? FormParts.NOT_APPLICABLE + "（全年预算数为零）" : Format.percent(rate)).append("。");
        BigDecimal total = f.score(FigureNames.PROJECT_SCORE_TOTAL);
        if (total == null) {
            return b.append("本项目尚无绩效指标，自评结论为“").append(FormParts.NOT_EVALUATED).append("”。").toString();
        }
        BigDecimal execution = f.score(FigureNames.PROJECT_SCORE_EXECUTION);
        b.append("自评得分 ").append(Format.number(total, 2)).append("分（预算执行率 ")
                .append(execution == null ? FormParts.NOT_APPLICABLE : Format.number(execution, 2) + " 分");
        for (FigureName part : List.of(FigureNames.PROJECT_SCORE_INPUT, FigureNames.PROJECT_SCORE_PROCESS,
                FigureNames.PROJECT_SCORE_OUTPUT, FigureNames.PROJECT_SCORE_OUTCOME,
                FigureNames.PROJECT_SCORE_SATISFACTION)) {
            BigDecimal points = f.score(part);
            String level = levelOf(part);
            if (points != null && p.indicators().stream().anyMatch(r -> r.level1() != null && r.level1().startsWith(level))) {
                b.append("，").append(level).append("指标 ").append(Format.number(points, 2)).append(" 分");
            }
        }
        Object grade = p.figures().get(FigureNames.PROJECT_GRADE.key());
        return b.append("），等级为“").append(grade).append("”。").toString();
    }

    private static String levelOf(FigureName part) {
        return part == FigureNames.PROJECT_SCORE_INPUT ? "投入" : part == FigureNames.PROJECT_SCORE_PROCESS ? "过程"
                : part == FigureNames.PROJECT_SCORE_OUTPUT ? "产出" : part == FigureNames.PROJECT_SCORE_OUTCOME ? "效益"
                : "满意度";
    }

    /** The template's name of the category; the department's own name for its own (OWN) category. */
    private static String category(ReportInput in, EvaluationTemplate template, ProjectFigures p) {
        String own = in.current().performance().project(p.code()).map(d -> d.categoryName()).orElse(null);
        if (own != null) {
            return own + "（自定类别）";
        }
        return template.categories().stream().filter(c -> c.key().equals(p.category()))
                .map(EvaluationTemplate.Category::name).findFirst().orElse(p.category() == null ? "—" : p.category());
    }

    /** "预算执行 10、产出 60、效益 30": the weights the project is scored by, its goal's override included. */
    private static String weights(ReportInput in, String code) {
        List<String> parts = new ArrayList<>();
        in.current().performance().weights(code).forEach((part, w) -> parts.add(part + " " + w.stripTrailingZeros()
                .toPlainString()));
        return String.join("、", parts);
    }

    private static String wan(ReportFigures f, FigureName figure) {
        return Format.wan(f.money(figure)) + "万元";
    }

    private static Block plain(String text) {
        return new Block.Paragraph(List.of(new Inline.Plain(text)));
    }
}
