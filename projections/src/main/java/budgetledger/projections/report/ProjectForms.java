package budgetledger.projections.report;

import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.ProjectFundRow;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.ProjectDef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 附件3-N 项目支出绩效自评表, one per project that has indicators (a project without any, such as a pure 运行维护
 * line, has no form to fill), in registration order: the project's funds by vintage (当年财政拨款 / 上年结转资金 /
 * 其他资金), its own execution rate and points (seed discrepancy #7: 96.55%, not the typed 96.64%), goal,
 * indicators and total.
 */
final class ProjectForms {
    private static final Map<ProjectFundRow, String> FUND_ROWS = new EnumMap<>(Map.of(
            ProjectFundRow.CURRENT_YEAR, "其中：当年财政拨款", ProjectFundRow.CARRY_OVER, "上年结转资金",
            ProjectFundRow.OTHER, "其他资金"));

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

    private static Attachment form(ReportInput in, ProjectFigures p, String label) {
        ReportFigures f = new ReportFigures(p.name(), p.figures());
        String department = in.figures().departmentName() == null ? in.figures().department()
                : in.figures().departmentName();
        String unit = in.current().performance().project(p.code()).map(ProjectDef::implementingUnit)
                .filter(u -> !u.isBlank()).orElse(department);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("项目名称", 3), Cell.text(p.name(), 8)));
        rows.add(List.of(Cell.head("主管部门", 3), Cell.text(department, 3), Cell.head("实施单位", 2), Cell.text(unit, 3)));
        rows.add(List.of(Cell.head("项目资金（万元）", 1, 5), Cell.empty(4), Cell.head("年初预算数"), Cell.head("全年预算数"),
                Cell.head("全年执行数"), Cell.head("分值"), Cell.head("执行率"), Cell.head("得分")));
        BigDecimal execution = f.score(FigureNames.PROJECT_SCORE_EXECUTION);
        List<Cell> total = new ArrayList<>(List.of(Cell.head("年度资金总额", 4), amount(f, FigureNames.PROJECT_BUDGET_INITIAL),
                amount(f, FigureNames.PROJECT_BUDGET_FULL), amount(f, FigureNames.PROJECT_EXECUTED)));
        total.addAll(FormParts.executionCells(in.options().executionWeight(), f.ratio(FigureNames.PROJECT_EXECUTION_RATE),
                execution, null, null));
        rows.add(total);
        FUND_ROWS.forEach((row, rowLabel) -> rows.add(List.of(Cell.text(rowLabel, 4),
                amount(f, FigureNames.projectFundInitial(row)), amount(f, FigureNames.projectFundFull(row)),
                amount(f, FigureNames.projectFundExecuted(row)), Cell.empty(3))));
        rows.addAll(FormParts.goalRows(in.current().performance().projectGoal(p.code())));
        rows.addAll(FormParts.indicatorRows(p.indicators()));
        rows.add(FormParts.totalRow(in.options().executionWeight(), p.indicators(), f.score(FigureNames.PROJECT_SCORE_TOTAL),
                null, execution != null));
        return new Attachment(label, in.figures().year() + " 年度项目支出绩效自评表", "金额单位：万元",
                new Table(null, FormParts.COLUMNS, rows, FormParts.WIDTHS), FormParts.signatureAndSource(in));
    }

    /** Project figures are not department figure names: the cell carries no drill-down name. */
    private static Cell amount(ReportFigures f, FigureName figure) {
        return new Cell.Amount(f.money(figure), null, 1, 1);
    }
}
