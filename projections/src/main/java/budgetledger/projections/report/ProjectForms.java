package budgetledger.projections.report;

import budgetledger.core.money.Money;
import budgetledger.core.performance.EvaluationTemplate;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.ProjectFundRow;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.ProjectDef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 附件3-N 项目支出绩效自评表, one per project that has indicators (a project without any, such as a pure 运行维护
 * line, has no form to fill), in registration order: the project's funds in the rows of its evaluation template
 * (the seed's 当年财政拨款 / 上年结转资金 / 其他资金; a provincial form's 财政资金 / 财政专户管理资金 / 单位资金 /
 * 其他资金), its own execution rate and points at its template's weight (seed discrepancy #7: 96.55%, not the typed
 * 96.64%), goal, indicators and total.
 */
final class ProjectForms {

    private ProjectForms() {
    }

    static List<ProjectFigures> withIndicators(FiguresDocument figures) {
        return figures.projects().stream().filter(p -> !p.indicators().isEmpty()).toList();
    }

    static List<Attachment> build(ReportInput in) {
        List<Attachment> out = new ArrayList<>();
        List<ProjectFigures> projects = withIndicators(in.figures());
        for (int i = 0; i < projects.size(); i++) {
            out.add(form(in, projects.get(i), "附件3-" + (i + 1)));
        }
        return out;
    }

    /** One project's form, as it is printed inside the department's report or on its own ({@code label}). */
    static Attachment form(ReportInput in, ProjectFigures p, String label) {
        EvaluationTemplate template = in.current().performance().template(p.code());
        BigDecimal weight = in.current().performance().executionWeight(p.code());
        ReportFigures f = new ReportFigures(p.name(), p.figures());
        String department = in.figures().departmentName() == null ? in.figures().department()
                : in.figures().departmentName();
        String unit = in.current().performance().project(p.code()).map(ProjectDef::implementingUnit)
                .filter(u -> !u.isBlank()).orElse(department);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("项目名称", 3), Cell.text(p.name(), 8)));
        rows.add(List.of(Cell.head("主管部门", 3), Cell.text(department, 3), Cell.head("实施单位", 2), Cell.text(unit, 3)));
        rows.add(List.of(Cell.head("项目资金（万元）", 1, 2 + template.fundRows().size()), Cell.empty(4), Cell.head("年初预算数"), Cell.head("全年预算数"),
                Cell.head("全年执行数"), Cell.head("分值"), Cell.head("执行率"), Cell.head("得分")));
        BigDecimal execution = f.score(FigureNames.PROJECT_SCORE_EXECUTION);
        List<Cell> total = new ArrayList<>(List.of(Cell.head("年度资金总额", 4), amount(f, FigureNames.PROJECT_BUDGET_INITIAL),
                amount(f, FigureNames.PROJECT_BUDGET_FULL), amount(f, FigureNames.PROJECT_EXECUTED)));
        total.addAll(FormParts.executionCells(weight, f.ratio(FigureNames.PROJECT_EXECUTION_RATE), execution, null, null));
        rows.add(total);
        template.fundRows().forEach(row -> rows.add(fundRow(f, row)));
        rows.addAll(FormParts.goalRows(in.current().performance().projectGoal(p.code())));
        rows.addAll(FormParts.indicatorRows(p.indicators()));
        rows.add(FormParts.totalRow(weight, p.indicators(), f.score(FigureNames.PROJECT_SCORE_TOTAL),
                null, execution != null));
        return new Attachment(label, in.figures().year() + " 年度" + template.print().formTitle(), "金额单位：万元",
                new Table(null, FormParts.COLUMNS, rows, FormParts.WIDTHS),
                FormParts.notes(p.partFindings(), in));
    }

    /**
     * A row of 年度资金总额 as the template defines it: the sum of the ledger's fund rows it names; empty cells for a
     * row naming none (财政专户管理资金, 单位资金: money the ledger does not record apart), never a made-up 0.00.
     */
    private static List<Cell> fundRow(ReportFigures f, EvaluationTemplate.FundRow row) {
        if (row.funds().isEmpty()) {
            return List.of(Cell.text(row.label(), 4), Cell.empty(1), Cell.empty(1), Cell.empty(1), Cell.empty(3));
        }
        return List.of(Cell.text(row.label(), 4), sum(f, row, FigureNames::projectFundInitial),
                sum(f, row, FigureNames::projectFundFull), sum(f, row, FigureNames::projectFundExecuted), Cell.empty(3));
    }

    private static Cell sum(ReportFigures f, EvaluationTemplate.FundRow row,
                            java.util.function.Function<ProjectFundRow, FigureName> figure) {
        Money total = Money.ZERO;
        for (String key : row.funds()) {
            total = total.plus(f.money(figure.apply(ProjectFundRow.ofKey(key))));
        }
        return new Cell.Amount(total, null, 1, 1);
    }

    /** Project figures are not department figure names: the cell carries no drill-down name. */
    private static Cell amount(ReportFigures f, FigureName figure) {
        return new Cell.Amount(f.money(figure), null, 1, 1);
    }
}
