package budgetledger.projections.report;

import budgetledger.core.classification.FundNature;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.ThreePublicLine;
import budgetledger.projections.fold.Goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 六、部门整体支出绩效情况: the recorded goal-setting text, the funds overview (income by nature, the two
 * execution rates the seed prints side by side — discrepancy #8), the 三公经费 against budget and prior year with
 * the recorded reasons beside their contributors, the recorded goal and management texts, and the conclusion,
 * generated from the score and grade figures.
 */
final class PerformanceSection {
    /** The categories as the report words them, in its order. */
    private static final List<Map.Entry<ThreePublicLine, String>> THREE_PUBLIC = List.of(
            Map.entry(ThreePublicLine.ABROAD, "因公出国（境）费"), Map.entry(ThreePublicLine.VEHICLE_PURCHASE, "公务用车购置费"),
            Map.entry(ThreePublicLine.VEHICLE_OPERATION, "公务用车运行维护费"), Map.entry(ThreePublicLine.RECEPTION, "公务接待费"));

    private final Body body;
    private final ReportFigures f;

    PerformanceSection(Body body) {
        this.body = body;
        this.f = body.figures();
    }

    void write() {
        body.heading(1, "六、部门整体支出绩效情况");
        body.heading(2, "（一）部门绩效目标的设立情况");
        body.recorded("goalSetting", null, true);
        fundsOverview();
        goals();
        conclusion();
    }

    private void fundsOverview() {
        body.heading(2, "（二）部门整体支出概况");
        int year = body.year();
        body.plain(year + "年部门决算收支完成情况如下：");
        body.add(body.sentence().text("1、调整以前年度结余：收回以前年度资金 ").wan(FigureNames.INCOME_RECOVERED_PRIOR_YEARS).text("。"));
        Sentence income = body.sentence().text("2、本年总收入：").wan(FigureNames.INCOME_TOTAL).text("。");
        List<FundNature> natures = new ArrayList<>();
        for (FundNature n : FundNature.values()) {
            if (!f.money(FigureNames.income(n)).isZero()) {
                natures.add(n);
            }
        }
        for (int i = 0; i < natures.size(); i++) {
            FundNature n = natures.get(i);
            income.text((i == 0 ? "其中" : "；") + incomeLabel(n) + " ").wan(FigureNames.income(n)).text("，占总收入的 ")
                    .percent(FigureNames.incomeShare(n));
        }
        body.add(natures.isEmpty() ? income : income.text("。"));
        body.add(body.sentence().text("3、总支出：").wan(FigureNames.EXPENDITURE_TOTAL)
                .text("，占可支配资金（年初结转和结余 ").wan(FigureNames.CARRY_OVER_OPENING)
                .text("、收回以前年度资金及本年收入）的 ").percent(FigureNames.EXECUTION_RATE_OF_AVAILABLE_FUNDS)
                .text("；全年预算数 ").wan(FigureNames.BUDGET_FULL).text("，预算执行率（全年执行数÷全年预算数）")
                .percent(FigureNames.EXECUTION_RATE).text("。"));
        body.add(body.sentence().text("4、本年度年末结转和结余 ").wan(FigureNames.CARRY_OVER_CLOSING).text("。"));
    }

    private static String incomeLabel(FundNature n) {
        return switch (n) {
            case GENERAL_PUBLIC -> "一般公共预算财政拨款收入";
            case GOV_FUND -> "政府性基金预算财政拨款收入";
            case STATE_CAPITAL -> "国有资本经营预算财政拨款收入";
            case SOCIAL_INSURANCE -> "社会保险基金预算收入";
            case OTHER -> "其他收入";
        };
    }

    private void goals() {
        body.heading(2, "（三）整体支出绩效目标");
        Optional<Goal> goal = body.input().current().performance().departmentGoal();
        if (goal.isPresent() && goal.get().goal() != null) {
            body.add(new Block.Recorded(null, "年度总体目标：", goal.get().goal(), false));
            if (goal.get().achieved() != null) {
                body.add(new Block.Recorded(null, "实际完成情况：", goal.get().achieved(), false));
            }
        } else {
            body.add(new Block.Missing("部门整体支出年度总体目标（未设定）"));
        }
        body.recorded("disclosure", "预决算公开：", false);
        body.recorded("assets", "资产管理：", false);
        threePublic();
        body.recorded("internalControl", "内部管理制度建设情况：", false);
        body.recorded("sustainability", "可持续发展能力：", false);
        body.recorded("satisfaction", "服务对象满意度：", false);
    }

    private void threePublic() {
        body.recorded("threePublicControl", "三公经费控制情况：", false);
        int year = body.year();
        FigureName total = FigureNames.threePublicActual(ThreePublicLine.TOTAL);
        body.add(body.sentence().text("“三公”经费支出情况：" + year + "年度“三公”经费本年度决算数为 ")
                .wan(total).text("，").versusBudget(ThreePublicLine.TOTAL).text("，")
                .change(total, "比上年度决算数的").text("；“三公”经费控制率（决算数÷预算数）为 ")
                .percent(FigureNames.THREE_PUBLIC_CONTROL_RATE).text("。"));
        body.explain(total, "“三公”经费");
        for (Map.Entry<ThreePublicLine, String> c : THREE_PUBLIC) {
            FigureName actual = FigureNames.threePublicActual(c.getKey());
            body.add(body.sentence().text((c == THREE_PUBLIC.get(0) ? "其中，" : "") + c.getValue() + "，本年度决算数为 ")
                    .wan(actual).text("，").versusBudget(c.getKey()).text("，").change(actual, "比上年度决算数的").text("。"));
            body.explain(actual, c.getValue());
        }
        if (!f.known(FigureNames.THREE_PUBLIC_RECEPTION_BATCHES)) {
            // history imported without counts: say so, never "0次" as a fact (docs/rules.md 接待批次与人数)
            body.add(body.sentence().text("公务接待批次和接待人数未记录（").count(FigureNames.THREE_PUBLIC_RECEPTION_UNRECORDED)
                    .text("笔公务接待费支出未填写批次和人数）。"));
            return;
        }
        body.add(body.sentence().text("公务接待批次为 ").count(FigureNames.THREE_PUBLIC_RECEPTION_BATCHES).text("次，公务接待人数为 ")
                .count(FigureNames.THREE_PUBLIC_RECEPTION_PERSONS).text("人。"));
    }

    private void conclusion() {
        body.heading(2, "（四）主要绩效及评价结论");
        body.recorded("achievements", null, true);
        String evaluation = body.departmentName() + " " + body.year() + " 年度整体支出绩效自评";
        if (f.score(FigureNames.EVALUATION_SCORE_TOTAL) == null) {
            // docs/scoring.md: no indicators, nothing evaluated — never a 差
            body.add(body.sentence().text(evaluation + "：本年度尚无绩效指标，自评结论为“" + FormParts.NOT_EVALUATED + "”。"));
            return;
        }
        Sentence s = body.sentence().text("根据部门整体支出绩效评价指标确定的内容，经评价组综合评价，" + evaluation + "得分为 ").score(FigureNames.EVALUATION_SCORE_TOTAL).text("分（预算执行率 ");
        if (f.score(FigureNames.EVALUATION_SCORE_EXECUTION) == null) {
            s.text(FormParts.NOT_APPLICABLE + "：全年预算数为零，其分值不计，总分按其余指标得分折算；");
        } else {
            s.score(FigureNames.EVALUATION_SCORE_EXECUTION).text(" 分，");
        }
        // 投入 and 过程 only where the framework has them (the older 部门整体支出 frameworks); they count like the rest
        if (hasLevel1("投入")) {
            s.text("投入指标 ").score(FigureNames.EVALUATION_SCORE_INPUT).text(" 分，");
        }
        if (hasLevel1("过程")) {
            s.text("过程指标 ").score(FigureNames.EVALUATION_SCORE_PROCESS).text(" 分，");
        }
        body.add(s.text("产出指标 ").score(FigureNames.EVALUATION_SCORE_OUTPUT).text(" 分，效益指标 ").score(FigureNames.EVALUATION_SCORE_OUTCOME)
                .text(" 分，满意度指标 ").score(FigureNames.EVALUATION_SCORE_SATISFACTION).text(" 分），自评结论为“")
                .figureText(FigureNames.EVALUATION_GRADE).text("”。"));
    }

    private boolean hasLevel1(String prefix) {
        return body.input().figures().indicators().getOrDefault("department", List.of()).stream()
                .anyMatch(r -> r.level1() != null && r.level1().startsWith(prefix));
    }
}
