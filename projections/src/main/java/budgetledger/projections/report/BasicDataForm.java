package budgetledger.projections.report;

import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.money.Money;
import budgetledger.core.performance.EvaluationTemplate;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.PublicFundGroup;
import budgetledger.projections.figures.ThreePublicLine;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.ProjectFigures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 附件1 部门整体支出绩效评价基础数据表, on a seven-column grid: 财政供养人员 (in the 财政供养 scope that counts the
 * seconded staff, seed discrepancy #6), 经费控制 rows of prior-year actual / budget / actual, one row per 市级专项
 * of either year, 楼堂馆所 and the recorded 厉行节约 measures. 公用经费 prints the true 281.35 / 249.70 where the
 * seed's hand-typed form has 281.34 / 249.90 (discrepancies #4, #5).
 */
final class BasicDataForm {
    private static final int COLUMNS = 7;

    private BasicDataForm() {
    }

    static Attachment build(ReportInput in, ReportFigures f, Texts texts) {
        int year = in.figures().year();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("财政供养人员情况（人）", COLUMNS)));
        rows.add(List.of(Cell.head("编制数", 2), Cell.head(year + "年实际在职人数", 2), Cell.head("控制率", 3)));
        rows.add(List.of(count(f, FigureNames.STAFF_AUTHORIZED, 2), count(f, FigureNames.STAFF_ACTUAL, 2),
                new Cell.Rate(f.ratio(FigureNames.STAFF_CONTROL_RATE), FigureNames.STAFF_CONTROL_RATE.key(), 3, 1)));
        rows.add(List.of(Cell.head("经费控制情况（万元）"), Cell.head((year - 1) + "年决算数", 2),
                Cell.head(year + "年预算数", 2), Cell.head(year + "年决算数", 2)));
        threePublic(rows, f);
        projects(rows, f, in);
        rows.add(row(f, "公用经费", FigureNames.EXPENDITURE_BASIC_PUBLIC.prior(), FigureNames.BUDGET_BASIC_PUBLIC_FULL,
                FigureNames.EXPENDITURE_BASIC_PUBLIC));
        rows.add(publicFundRow(f, "其中：办公费", PublicFundGroup.OFFICE));
        rows.add(publicFundRow(f, "水费、电费、差旅费", PublicFundGroup.UTILITIES_AND_TRAVEL));
        rows.add(publicFundRow(f, "会议费、培训费", PublicFundGroup.MEETINGS_AND_TRAINING));
        rows.add(row(f, "政府采购金额", null, FigureNames.BUDGET_PROCUREMENT, FigureNames.EXPENDITURE_PROCUREMENT));
        if (print(in).wholeAdjustmentRow()) {
            // the older 基础数据表: the unit's whole budget from 年初 (预算数 column) to 调整后 (决算数 column)
            rows.add(row(f, "部门整体支出预算调整（年初→调整后）", null, FigureNames.BUDGET_INITIAL, FigureNames.BUDGET_FULL));
        } else {
            rows.add(row(f, "部门基本支出预算调整", null, FigureNames.BUDGET_BASIC_FULL, FigureNames.EXPENDITURE_BASIC));
        }
        buildings(rows, f, year);
        rows.add(List.of(Cell.head("厉行节约保障措施"),
                Cell.text(texts.take("frugality").orElse("（未记录，section “frugality”）"), COLUMNS - 1)));
        rows.add(List.of(Cell.text("说明：“公用经费”填报基本支出中的一般商品和服务支出。“项目支出”需要填报基本支出以外的所有项目支出情况，"
                + "“运行维护经费”填报项目支出中用于人员类和公用运转类的支出。", COLUMNS)));
        return new Attachment("附件1", year + " 年度部门整体支出绩效评价基础数据表", "金额单位：万元",
                new Table(null, COLUMNS, rows, List.of(30, 9, 9, 9, 9, 9, 9)), FormParts.signatureAndSource(in));
    }

    private static void threePublic(List<List<Cell>> rows, ReportFigures f) {
        rows.add(threePublicRow(f, "三公经费", ThreePublicLine.TOTAL));
        rows.add(threePublicRow(f, "1、公务用车购置和维护经费", ThreePublicLine.VEHICLES));
        rows.add(threePublicRow(f, "其中：公车购置", ThreePublicLine.VEHICLE_PURCHASE));
        rows.add(threePublicRow(f, "公车运行维护", ThreePublicLine.VEHICLE_OPERATION));
        rows.add(threePublicRow(f, "2、出国经费", ThreePublicLine.ABROAD));
        rows.add(threePublicRow(f, "3、公务接待", ThreePublicLine.RECEPTION));
    }

    private static List<Cell> threePublicRow(ReportFigures f, String label, ThreePublicLine line) {
        FigureName actual = FigureNames.threePublicActual(line);
        return row(f, label, actual.prior(), FigureNames.threePublicBudget(line), actual);
    }

    private static List<Cell> publicFundRow(ReportFigures f, String label, PublicFundGroup group) {
        FigureName actual = FigureNames.publicFundActual(group);
        return row(f, label, actual.prior(), FigureNames.publicFundBudget(group), actual);
    }

    /**
     * 项目支出 and its categories. The 预算数 column is the full-year budget on the 财预〔2020〕10号 forms and the
     * initial budget on the older 基础数据表: the department's evaluation template says which (docs/scoring.md).
     */
    private static void projects(List<List<Cell>> rows, ReportFigures f, ReportInput in) {
        boolean initial = print(in).initialBudgetColumn();
        rows.add(row(f, "项目支出", FigureNames.EXPENDITURE_PROJECT.prior(),
                initial ? FigureNames.BUDGET_PROJECT_INITIAL : FigureNames.BUDGET_PROJECT_FULL,
                FigureNames.EXPENDITURE_PROJECT));
        EvaluationTemplate template = in.current().performance().template(null);
        rows.add(categoryRow(f, in, "其中：1、" + categoryName(template, ProjectCategory.BUSINESS), ProjectCategory.BUSINESS));
        rows.add(categoryRow(f, in, "2、" + categoryName(template, ProjectCategory.OPERATIONS), ProjectCategory.OPERATIONS));
        rows.add(categoryRow(f, in, "3、" + categoryName(template, ProjectCategory.SPECIAL) + "（一个专项一行）",
                ProjectCategory.SPECIAL));
        // the department's own categories (OWN), on a row of their own only when a project has one
        List<String> own = in.current().performance().projects().stream().map(p -> p.categoryName())
                .filter(n -> n != null).distinct().toList();
        if (!own.isEmpty()) {
            rows.add(categoryRow(f, in, "4、自定类别：" + String.join("、", own), ProjectCategory.OWN));
        }
        FigureName budget = initial ? FigureNames.PROJECT_BUDGET_INITIAL : FigureNames.PROJECT_BUDGET_FULL;
        for (Map.Entry<String, ProjectFigures[]> p : specialProjects(in).entrySet()) {
            ProjectFigures now = p.getValue()[0];
            ProjectFigures before = p.getValue()[1];
            String name = now != null ? now.name() : before.name();
            rows.add(List.of(Cell.text(name), projectAmount(before, FigureNames.PROJECT_EXECUTED),
                    projectAmount(now, budget), projectAmount(now, FigureNames.PROJECT_EXECUTED)));
        }
    }

    private static EvaluationTemplate.Print print(ReportInput in) {
        return in.current().performance().template(null).print();
    }

    private static String categoryName(EvaluationTemplate template, ProjectCategory category) {
        return template.categories().stream().filter(c -> c.key().equals(category.key()))
                .map(EvaluationTemplate.Category::name).findFirst().orElse(category.nameZh());
    }

    private static List<Cell> categoryRow(ReportFigures f, ReportInput in, String label, ProjectCategory category) {
        FigureName actual = FigureNames.projectCategoryActual(category);
        if (!print(in).initialBudgetColumn()) {
            return row(f, label, actual.prior(), FigureNames.projectCategoryBudget(category), actual);
        }
        // the initial budget of a category is the sum of its projects' (no figure of its own to drill into)
        Money initial = in.figures().projects().stream().filter(p -> category.key().equals(p.category()))
                .map(p -> new ReportFigures(p.name(), p.figures()).money(FigureNames.PROJECT_BUDGET_INITIAL))
                .reduce(Money.ZERO, Money::plus);
        List<Cell> full = row(f, label, actual.prior(), FigureNames.projectCategoryBudget(category), actual);
        return List.of(full.get(0), full.get(1), new Cell.Amount(initial, null, 2, 1), full.get(3));
    }

    /** 市级专项 of either year by project code: the prior year's first, in registration order (as the seed lists them). */
    private static Map<String, ProjectFigures[]> specialProjects(ReportInput in) {
        Map<String, ProjectFigures[]> byCode = new LinkedHashMap<>();
        FiguresDocument prior = in.priorFigures();
        if (prior != null) {
            prior.projects().stream().filter(BasicDataForm::special)
                    .forEach(p -> byCode.computeIfAbsent(p.code(), k -> new ProjectFigures[2])[1] = p);
        }
        in.figures().projects().stream().filter(BasicDataForm::special)
                .forEach(p -> byCode.computeIfAbsent(p.code(), k -> new ProjectFigures[2])[0] = p);
        return byCode;
    }

    private static boolean special(ProjectFigures p) {
        return ProjectCategory.SPECIAL.key().equals(p.category());
    }

    /** A project of only one of the two years has nothing behind it in the other: zero. */
    private static Cell projectAmount(ProjectFigures p, FigureName figure) {
        Money amount = p == null ? Money.ZERO : new ReportFigures(p.name(), p.figures()).money(figure);
        return new Cell.Amount(amount, null, 2, 1);
    }

    private static void buildings(List<List<Cell>> rows, ReportFigures f, int year) {
        rows.add(List.of(Cell.head("楼堂馆所控制情况（" + year + "年完工项目）", 1, 2), Cell.head("批复规模（㎡）"),
                Cell.head("实际规模（㎡）"), Cell.head("规模控制率"), Cell.head("预算投资（万元）"),
                Cell.head("实际投资（万元）"), Cell.head("投资概算控制率")));
        // the ledger records investments, not floor areas: areas and their control rates print as "—"
        rows.add(List.of(Cell.text("—"), Cell.text("—"), Cell.text("—"),
                FormParts.amount(f, FigureNames.BUILDINGS_APPROVED_INVESTMENT),
                FormParts.amount(f, FigureNames.BUILDINGS_ACTUAL_INVESTMENT), Cell.text("—")));
    }

    private static List<Cell> row(ReportFigures f, String label, FigureName prior, FigureName budget,
                                  FigureName actual) {
        return List.of(Cell.text(label),
                prior == null ? Cell.text("——", 2) : !f.known(prior) ? Cell.text("上年无数据", 2)
                        : new Cell.Amount(f.money(prior), prior.key(), 2, 1),
                new Cell.Amount(f.money(budget), budget.key(), 2, 1),
                new Cell.Amount(f.money(actual), actual.key(), 2, 1));
    }

    private static Cell count(ReportFigures f, FigureName figure, int colspan) {
        return new Cell.Number(java.math.BigDecimal.valueOf(f.count(figure)), 0, figure.key(), colspan, 1);
    }
}
