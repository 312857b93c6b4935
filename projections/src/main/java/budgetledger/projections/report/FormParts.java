package budgetledger.projections.report;

import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.PartFinding;
import budgetledger.projections.fold.Goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts 附件2 and 附件3 share, on an eleven-column grid: the goal rows, the indicator table (一级 and 二级 指标
 * spanning their rows; the target in the provincial forms' own columns 指标性质 / 指标值 / 度量单位, then 实际完成值),
 * the execution cells and the total row. Column 0 holds the block labels (年度总体目标, 绩效指标).
 */
final class FormParts {
    static final int COLUMNS = 11;
    /** Column widths in characters: narrow block labels, a wide 三级指标 and 偏差原因. */
    static final List<Integer> WIDTHS = List.of(7, 10, 10, 21, 6, 12, 8, 12, 6, 9, 13);
    /** What the forms print where a score is not applicable or nothing was evaluated. */
    static final String NOT_APPLICABLE = "不适用";
    static final String NOT_EVALUATED = "未评价";

    private FormParts() {
    }

    static List<List<Cell>> goalRows(Optional<Goal> goal) {
        String expected = goal.map(Goal::goal).orElse("");
        String achieved = goal.map(Goal::achieved).orElse("");
        return List.of(
                List.of(Cell.head("年度总体目标", 1, 2), Cell.head("预期目标", 6), Cell.head("实际完成情况", 4)),
                List.of(Cell.text(expected, 6), Cell.text(achieved, 4)));
    }

    /** The header row and one row per indicator, in the order the figures list them. */
    static List<List<Cell>> indicatorRows(List<IndicatorRow> indicators) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("绩效指标", 1, indicators.size() + 1), Cell.head("一级指标"), Cell.head("二级指标"),
                Cell.head("三级指标"), Cell.head("指标性质"), Cell.head("指标值"), Cell.head("度量单位"),
                Cell.head("实际完成值"), Cell.head("分值"),
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
            row.add(Cell.text(r.operator()));
            row.add(number(r.targetValue())); // 700 is a number on the sheet; 人均2000 or 考核合格 stays text
            row.add(Cell.text(r.unit()));
            row.add(Cell.text(r.actual()));
            row.add(number(r.weight()));
            row.add(number(r.score()));
            row.add(Cell.text(r.deviationReason()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * 分值 / 执行率 / 得分 of 年度资金总额: the execution weight, the rate and its points; 不适用 for the rate and
     * the points when there is no budget to execute (docs/scoring.md R3).
     */
    static List<Cell> executionCells(BigDecimal weight, BigDecimal ratio, BigDecimal points, String rateFigure,
                                     String pointsFigure) {
        return List.of(new Cell.Number(weight, -1, null, 1, 1),
                ratio == null ? Cell.text(NOT_APPLICABLE) : new Cell.Rate(ratio, rateFigure, 1, 1),
                points == null ? Cell.text(NOT_APPLICABLE) : new Cell.Number(points, 2, pointsFigure, 1, 1));
    }

    /**
     * 总分: the full marks of the form (the execution-rate weight and the indicator weights, as the form prints
     * "100分") and the total score figure; 未评价 without one, and a note when the execution part was 不适用 and
     * the total is the indicators' points scaled to the full marks (R3).
     */
    static List<Cell> totalRow(BigDecimal executionWeight, List<IndicatorRow> indicators, BigDecimal score,
                               String scoreFigure, boolean executionApplies) {
        BigDecimal full = executionWeight.add(weights(indicators));
        Cell total = score == null ? Cell.text(NOT_EVALUATED) : new Cell.Number(score, 2, scoreFigure, 1, 1);
        String note = score != null && !executionApplies ? "预算执行率不适用（全年预算数为零），总分按其余指标得分折算" : "";
        return List.of(Cell.head("总分", 8), new Cell.Number(full, -1, null, 1, 1), total, Cell.text(note));
    }

    static Cell.Amount amount(ReportFigures f, FigureName figure) {
        return new Cell.Amount(f.money(figure), figure.key(), 1, 1);
    }

    /**
     * The lines under a form: a note per part whose registered 分值 do not add up to its weight (docs/scoring.md,
     * 一级指标得分 — the reader sees why a part scores what it does), then the signature line and the data source.
     */
    static List<String> notes(List<PartFinding> findings, ReportInput in) {
        List<String> notes = new ArrayList<>();
        if (findings != null) {
            findings.forEach(p -> notes.add("注：" + p.note() + "。"));
        }
        notes.addAll(signatureAndSource(in));
        return notes;
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
