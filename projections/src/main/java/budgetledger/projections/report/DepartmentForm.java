package budgetledger.projections.report;

import budgetledger.core.classification.FundNature;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.IndicatorRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 附件2 部门整体支出绩效自评表: 年度资金总额 (年初 / 全年 / 执行, the 10 points of the execution rate), the funds
 * by income nature (each counting all its sources: 一般公共预算 1796.19 = 1796.18 + 0.01 recovered, seed
 * discrepancy #3) and by expenditure nature, the recorded goal, the indicator rows and the total.
 */
final class DepartmentForm {
    private DepartmentForm() {
    }

    static Attachment build(ReportInput in, ReportFigures f) {
        int year = in.figures().year();
        String name = in.figures().departmentName() == null ? in.figures().department() : in.figures().departmentName();
        List<IndicatorRow> indicators = in.figures().indicators().getOrDefault("department", List.of());
        List<List<Cell>> natures = natureRows(f);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("预算部门、单位名称", 3), Cell.text(name, 8)));
        rows.add(List.of(Cell.head("年度预算申请（万元）", 1, 3 + natures.size()), Cell.empty(4), Cell.head("年初预算数"),
                Cell.head("全年预算数"), Cell.head("全年执行数"), Cell.head("分值"), Cell.head("执行率"), Cell.head("得分")));
        BigDecimal execution = f.score(FigureNames.EVALUATION_SCORE_EXECUTION);
        List<Cell> total = new ArrayList<>(List.of(Cell.head("年度资金总额", 4), FormParts.amount(f, FigureNames.BUDGET_INITIAL),
                FormParts.amount(f, FigureNames.BUDGET_FULL), FormParts.amount(f, FigureNames.EXPENDITURE_TOTAL)));
        BigDecimal weight = in.current().performance().executionWeight(null);
        total.addAll(FormParts.executionCells(weight, f.ratio(FigureNames.EXECUTION_RATE),
                execution, FigureNames.EXECUTION_RATE.key(), FigureNames.EVALUATION_SCORE_EXECUTION.key()));
        rows.add(total);
        rows.add(List.of(Cell.head("按收入性质分：", 5), Cell.head("按支出性质分：", 5)));
        rows.addAll(natures);
        rows.addAll(FormParts.goalRows(in.current().performance().departmentGoal()));
        rows.addAll(FormParts.indicatorRows(indicators));
        rows.add(FormParts.totalRow(weight, indicators, f.score(FigureNames.EVALUATION_SCORE_TOTAL),
                FigureNames.EVALUATION_SCORE_TOTAL.key(), execution != null));
        String title = in.current().performance().template(null).print().formTitle();
        return new Attachment("附件2", year + " 年度" + title, "金额单位：万元",
                new Table(null, FormParts.COLUMNS, rows, FormParts.WIDTHS),
                FormParts.notes(in.figures().partFindings(), in));
    }

    /** Income natures as the form lists them (国有资本经营 and 社会保险基金 only when there is any) beside 基本 / 项目. */
    private static List<List<Cell>> natureRows(ReportFigures f) {
        List<Cell> income = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        labels.add("其中：一般公共预算");
        income.add(FormParts.amount(f, FigureNames.fundsAvailable(FundNature.GENERAL_PUBLIC)));
        labels.add("政府性基金拨款");
        income.add(FormParts.amount(f, FigureNames.fundsAvailable(FundNature.GOV_FUND)));
        labels.add("纳入专户管理的非税收入拨款");
        income.add(Cell.empty(1)); // not a fund nature the ledger records
        optionalNature(f, FundNature.STATE_CAPITAL, "国有资本经营预算拨款", labels, income);
        optionalNature(f, FundNature.SOCIAL_INSURANCE, "社会保险基金", labels, income);
        labels.add("其他资金");
        income.add(FormParts.amount(f, FigureNames.fundsAvailable(FundNature.OTHER)));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(labels.get(i), 4), income.get(i)));
            if (i == 0) {
                row.add(Cell.text("其中：基本支出", 4));
                row.add(FormParts.amount(f, FigureNames.EXPENDITURE_BASIC));
            } else if (i == 1) {
                row.add(Cell.text("项目支出", 4));
                row.add(FormParts.amount(f, FigureNames.EXPENDITURE_PROJECT));
            } else {
                row.add(Cell.empty(5));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void optionalNature(ReportFigures f, FundNature nature, String label, List<String> labels,
                                       List<Cell> income) {
        if (!f.money(FigureNames.fundsAvailable(nature)).isZero()) {
            labels.add(label);
            income.add(FormParts.amount(f, FigureNames.fundsAvailable(nature)));
        }
    }
}
