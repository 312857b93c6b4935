package budgetledger.projections.report;

import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.fold.Goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts 附件2 and 附件3 share, on a nine-column grid: the goal rows, the indicator table (一级 and 二级 指标
 * spanning their rows) and the total row. Column 0 holds the block labels (年度总体目标, 绩效指标).
 */
final class FormParts {
    static final int COLUMNS = 9;
    /** Column widths in characters: narrow block labels, a wide 三级指标 and 偏差原因. */
    static final List<Integer> WIDTHS = List.of(7, 10, 10, 26, 12, 13, 6, 8, 14);

    private FormParts() {
    }

    static List<List<Cell>> goalRows(Optional<Goal> goal) {
        String expected = goal.map(Goal::goal).orElse("");
        String achieved = goal.map(Goal::achieved).orElse("");
        return List.of(
                List.of(Cell.head("年度总体目标", 1, 2), Cell.head("预期目标", 5), Cell.head("实际完成情况", 3)),
                List.of(Cell.text(expected, 5), Cell.text(achieved, 3)));
    }

    /** The header row and one row per indicator, in the order the figures list them. */
    static List<List<Cell>> indicatorRows(List<IndicatorRow> indicators) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("绩效指标", 1, indicators.size() + 1), Cell.head("一级指标"), Cell.head("二级指标"),
                Cell.head("三级指标"), Cell.head("年度指标值"), Cell.head("实际完成值"), Cell.head("分值"),
                Cell.head("自评得分"), Cell.head("偏差原因分析及改进措施")));
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow r = indicators.get(i);
            List<Cell> row = new ArrayList<>();
            if (i == 0 || !same(indicators.get(i - 1).level1(), r.level1())) {
                int span = run(indicators, i, true);
                row.add(Cell.head(r.level1() + weightOf(indicators.subList(i, i + span)), 1, span));
            }
            if (i == 0 || !same(indicators.get(i - 1).level1(), r.level1())
                    || !same(indicators.get(i - 1).level2(), r.level2())) {
                row.add(Cell.head(r.level2(), 1, run(indicators, i, false)));
            }
            row.add(Cell.text(r.name()));
            row.add(Cell.text(r.target()));
            row.add(Cell.text(r.actual()));
            row.add(number(r.weight()));
            row.add(number(r.score()));
            row.add(Cell.text(r.deviationReason()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * 总分: the full marks of the form (the execution-rate weight and the indicator weights, as the form prints
     * "100分") and the total score figure.
     */
    static List<Cell> totalRow(BigDecimal executionWeight, List<IndicatorRow> indicators, BigDecimal score,
                               String scoreFigure) {
        BigDecimal full = executionWeight.add(weights(indicators));
        return List.of(Cell.head("总分", 6), new Cell.Number(full, -1, null, 1, 1),
                new Cell.Number(score, 2, scoreFigure, 1, 1), Cell.empty(1));
    }

    static Cell.Amount amount(ReportFigures f, FigureName figure) {
        return new Cell.Amount(f.money(figure), figure.key(), 1, 1);
    }

    static List<String> signatureAndSource(ReportInput in) {
        return List.of("填表人：　　　　　　填报日期：　　　　　　联系电话：　　　　　　单位负责人签字：",
                "数据来源：预算执行账本（记录时间截至 " + Format.instant(in.figures().asOf()) + "（北京时间），业务日期截至 "
                        + in.figures().through() + "）。");
    }

    /** "（50分）": the points a 一级指标 carries on the form, the sum of its rows' weights. */
    private static String weightOf(List<IndicatorRow> rows) {
        return "（" + weights(rows).stripTrailingZeros().toPlainString() + "分）";
    }

    private static BigDecimal weights(List<IndicatorRow> rows) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorRow r : rows) {
            sum = sum.add(new BigDecimal(r.weight()));
        }
        return sum;
    }

    private static int run(List<IndicatorRow> rows, int from, boolean level1Only) {
        IndicatorRow first = rows.get(from);
        int n = 1;
        while (from + n < rows.size() && same(rows.get(from + n).level1(), first.level1())
                && (level1Only || same(rows.get(from + n).level2(), first.level2()))) {
            n++;
        }
        return n;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Cell number(String plain) {
        try {
            return new Cell.Number(new BigDecimal(plain), -1, null, 1, 1);
        } catch (NumberFormatException | NullPointerException e) {
            return Cell.text(plain);
        }
    }
}
