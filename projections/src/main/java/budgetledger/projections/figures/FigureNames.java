package budgetledger.projections.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.projections.figures.FigureName.Kind;
import budgetledger.projections.figures.FigureName.Scope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every key figure by its name, each with its meaning (中文 — English), grouped by the class that computes it. The
 * names are the keys of the figures JSON (the API, the reports' drill-down links, stored submissions' hashes), so
 * they never change. Department figures are the constants and the family methods
 * (by fund nature, 三公 line, classification code, …); {@link FigureName#prior()}, {@link FigureName#change()} and
 * {@link FigureName#changeRate()} name the 上年 and 变动 columns of any of them; the {@code PROJECT_} constants name
 * the figures of one project's 附件3. {@link #department(String)} and {@link #project(String)} turn a name from
 * outside (a URL, a ledger measure) into one of these, or refuse it.
 */
public final class FigureNames {
    private static final Map<String, FigureName> DEPARTMENT_NAMES = new HashMap<>();
    private static final Map<String, FigureName> PROJECT_NAMES = new HashMap<>();
    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{3}|\\d{5}");
    private static final String FUNCTION = "expenditure.function.";
    static final String ECONOMIC = "expenditure.economic.";

    // ---- 人员和车辆 staff and vehicles (StaffFigures); staff.* counts seconded staff the department pays for ----
    public static final FigureName STAFF_AUTHORIZED = count("staff.authorized", "财政供养人员编制数 — authorized posts, seconded staff included");
    public static final FigureName STAFF_ACTUAL = count("staff.actual", "财政供养实有人数 — staff in post, seconded staff included");
    public static final FigureName STAFF_AUTHORIZED_OWN = count("staff.authorized.own", "本单位编制数 — the department's own authorized posts");
    public static final FigureName STAFF_ACTUAL_OWN = count("staff.actual.own", "本单位实有人数 — the department's own staff in post");
    public static final FigureName STAFF_CONTROL_RATE = rate("staff.controlRate", "在职人员控制率 — staff in post ÷ authorized posts");
    public static final FigureName STAFF_CONTROL_RATE_OWN = rate("staff.controlRate.own", "本单位人员控制率 — own staff in post ÷ own posts");
    public static final FigureName STAFF_RETIRED = count("staff.retired", "退休人员 — retired staff");
    public static final FigureName VEHICLES_AUTHORIZED = count("vehicles.authorized", "车辆编制 — authorized vehicles");
    public static final FigureName VEHICLES_ACTUAL = count("vehicles.actual", "实有车辆 — vehicles held");

    // ---- 预算 budget authority (BudgetFigures) ----
    public static final FigureName BUDGET_INITIAL = money("budget.initial", "年初预算数 — budget appropriated at the start of the year");
    public static final FigureName BUDGET_FULL = money("budget.full", "全年预算数 — full-year budget after adjustments and transfers");
    public static final FigureName BUDGET_SUPPLEMENTED = money("budget.supplemented", "追加预算 — budget supplemented during the year");
    public static final FigureName BUDGET_REDUCED = money("budget.reduced", "追减预算 — budget reduced during the year");
    public static final FigureName BUDGET_BASIC_INITIAL = money("budget.basic.initial", "基本支出年初预算 — initial budget of basic expenditure");
    public static final FigureName BUDGET_BASIC_FULL = money("budget.basic.full", "基本支出全年预算 — full-year budget of basic expenditure");
    public static final FigureName BUDGET_BASIC_PERSONNEL_FULL = money("budget.basic.personnel.full", "人员经费全年预算 — full-year personnel budget");
    public static final FigureName BUDGET_BASIC_PUBLIC_FULL = money("budget.basic.public.full", "公用经费全年预算 — full-year public-fund budget");
    public static final FigureName BUDGET_PROJECT_INITIAL = money("budget.project.initial", "项目支出年初预算 — initial project budget");
    public static final FigureName BUDGET_PROJECT_FULL = money("budget.project.full", "项目支出全年预算 — full-year project budget");
    public static final FigureName BUDGET_CARRY_OVER_FULL = money("budget.carryOver.full", "上年结转预算 — full-year budget of carried-over lines");
    public static final FigureName BUDGET_UNSPENT = money("budget.unspent", "预算结余 — full-year budget − expenditure");
    public static final FigureName BUDGET_PROCUREMENT = money("budget.procurement", "政府采购预算 — government procurement budget");
    public static final FigureName BUDGET_ADJUSTMENT_RATE = rate("budget.adjustmentRate", "预算调整率（旧版框架的预算控制率） — (追加 + 追减) ÷ 年初预算数, null over a zero initial budget");
    public static final FigureName PROCUREMENT_EXECUTION_RATE = rate("procurement.executionRate", "政府采购执行率 — procurement spent ÷ procurement budget, null without a budget");
    public static final FigureName EXECUTION_RATE = rate("execution.rate", "预算执行率 — expenditure ÷ full-year budget");
    public static final FigureName EXECUTION_RATE_OF_AVAILABLE_FUNDS = rate("execution.rateOfAvailableFunds", "支出占可支配资金比 — expenditure ÷ funds available");
    public static final FigureName YEAR_END_CARRIED_FORWARD = money("yearEnd.carriedForward", "年终结转 — carried forward at year end");
    public static final FigureName YEAR_END_LAPSED = money("yearEnd.lapsed", "年终收回 — lapsed at year end");
    public static final FigureName BUILDINGS_APPROVED_INVESTMENT = money("buildings.approvedInvestment", "楼堂馆所预算投资 — approved building investment (not recorded yet: zero)");
    public static final FigureName BUILDINGS_ACTUAL_INVESTMENT = money("buildings.actualInvestment", "楼堂馆所实际投资 — actual building investment (not recorded yet: zero)");

    // ---- 收入和结转 income and balances (BudgetFigures): opening + recovered + income − expenditure = closing ----
    public static final FigureName INCOME_TOTAL = money("income.total", "本年收入合计 — income of the year");
    public static final FigureName INCOME_RECOVERED_PRIOR_YEARS = money("income.recoveredPriorYears", "收回以前年度资金 — recovered from prior years");
    public static final FigureName FUNDS_AVAILABLE_TOTAL = money("funds.available.total", "可支配资金合计 — funds available from every source");
    public static final FigureName CARRY_OVER_OPENING = money("carryOver.opening", "年初结转和结余 — opening balance");
    public static final FigureName CARRY_OVER_CLOSING = money("carryOver.closing", "年末结转和结余 — closing balance");

    // ---- 支出 expenditure net of reversals (ExpenditureFigures): all funds, and 一般公共预算 only ----
    public static final FigureName EXPENDITURE_TOTAL = money("expenditure.total", "总支出（全年执行数） — total expenditure");
    public static final FigureName EXPENDITURE_BASIC = money("expenditure.basic", "基本支出 — basic expenditure");
    public static final FigureName EXPENDITURE_BASIC_PERSONNEL = money("expenditure.basic.personnel", "人员经费 — personnel expenditure");
    public static final FigureName EXPENDITURE_BASIC_PUBLIC = money("expenditure.basic.public", "公用经费 — public-fund (running) expenditure");
    public static final FigureName EXPENDITURE_PROJECT = money("expenditure.project", "项目支出 — project expenditure");
    public static final FigureName EXPENDITURE_GENERAL_PUBLIC_BASIC = money("expenditure.generalPublic.basic", "一般公共预算基本支出 — basic expenditure, general public budget");
    public static final FigureName EXPENDITURE_GENERAL_PUBLIC_BASIC_PERSONNEL = money("expenditure.generalPublic.basic.personnel", "一般公共预算人员经费 — personnel, general public budget");
    public static final FigureName EXPENDITURE_GENERAL_PUBLIC_BASIC_PUBLIC = money("expenditure.generalPublic.basic.public", "一般公共预算公用经费 — public fund, general public budget");
    public static final FigureName EXPENDITURE_GENERAL_PUBLIC_PROJECT = money("expenditure.generalPublic.project", "一般公共预算项目支出 — projects, general public budget");
    public static final FigureName EXPENDITURE_BASIC_SHARE_PERSONNEL = rate("expenditure.basic.share.personnel", "人员经费占基本支出比 — personnel ÷ basic expenditure");
    public static final FigureName EXPENDITURE_BASIC_SHARE_PUBLIC = rate("expenditure.basic.share.public", "公用经费占基本支出比 — public fund ÷ basic expenditure");
    public static final FigureName EXPENDITURE_PROCUREMENT = money("expenditure.procurement", "政府采购支出 — government procurement spent");

    // ---- 三公经费 (ThreePublicFigures); the lines are the family threePublic.<line>.actual|budget|savings ----
    public static final FigureName THREE_PUBLIC_CONTROL_RATE = rate("threePublic.controlRate", "三公经费控制率 — 三公 actual ÷ budget");
    public static final FigureName THREE_PUBLIC_RECEPTION_BATCHES = count("threePublic.reception.batches", "公务接待批次 — official reception batches");
    public static final FigureName THREE_PUBLIC_RECEPTION_PERSONS = count("threePublic.reception.persons", "公务接待人数 — official reception guests");
    public static final FigureName THREE_PUBLIC_RECEPTION_UNRECORDED = count("threePublic.reception.unrecorded", "公务接待未记录批次人数的凭证数 — reception vouchers imported from history without batches and persons");

    // ---- 绩效自评 self-evaluation (Evaluation) ----
    public static final FigureName EVALUATION_SCORE_EXECUTION = score("evaluation.score.execution", "预算执行率得分 — execution-rate points");
    public static final FigureName EVALUATION_SCORE_INPUT = score("evaluation.score.input", "投入指标得分 — input indicator points (frameworks with 投入)");
    public static final FigureName EVALUATION_SCORE_PROCESS = score("evaluation.score.process", "过程指标得分 — process indicator points (frameworks with 过程)");
    public static final FigureName EVALUATION_SCORE_OUTPUT = score("evaluation.score.output", "产出指标得分 — output indicator points");
    public static final FigureName EVALUATION_SCORE_OUTCOME = score("evaluation.score.outcome", "效益指标得分 — outcome indicator points");
    public static final FigureName EVALUATION_SCORE_SATISFACTION = score("evaluation.score.satisfaction", "满意度指标得分 — satisfaction indicator points");
    public static final FigureName EVALUATION_SCORE_TOTAL = score("evaluation.score.total", "自评总分 — self-evaluation total score");
    public static final FigureName EVALUATION_GRADE = grade("evaluation.grade", "自评等级（优/良/中/差） — self-evaluation grade");

    // ---- 项目支出绩效自评表 one project's form (ProjectForm); fund.<row>.* is a family ----
    public static final FigureName PROJECT_BUDGET_INITIAL = project("budget.initial", Kind.MONEY, "项目年初预算数 — the project's initial budget");
    public static final FigureName PROJECT_BUDGET_FULL = project("budget.full", Kind.MONEY, "项目全年预算数 — the project's full-year budget");
    public static final FigureName PROJECT_EXECUTED = project("executed", Kind.MONEY, "项目全年执行数 — spent on the project");
    public static final FigureName PROJECT_EXECUTION_RATE = project("execution.rate", Kind.RATE, "项目预算执行率 — spent ÷ the project's full-year budget");
    public static final FigureName PROJECT_SCORE_EXECUTION = project("score.execution", Kind.SCORE, "项目执行率得分 — execution-rate points");
    public static final FigureName PROJECT_SCORE_INPUT = project("score.input", Kind.SCORE, "项目投入指标得分 — input indicator points");
    public static final FigureName PROJECT_SCORE_PROCESS = project("score.process", Kind.SCORE, "项目过程指标得分 — process indicator points");
    public static final FigureName PROJECT_SCORE_OUTPUT = project("score.output", Kind.SCORE, "项目产出指标得分 — output indicator points");
    public static final FigureName PROJECT_SCORE_OUTCOME = project("score.outcome", Kind.SCORE, "项目效益指标得分 — outcome indicator points");
    public static final FigureName PROJECT_SCORE_SATISFACTION = project("score.satisfaction", Kind.SCORE, "项目满意度指标得分 — satisfaction points");
    public static final FigureName PROJECT_SCORE_TOTAL = project("score.total", Kind.SCORE, "项目自评总分 — the project's total score");
    public static final FigureName PROJECT_GRADE = project("grade", Kind.GRADE, "项目自评等级 — the project's grade");

    static {
        for (FundNature n : FundNature.values()) {
            List.of(budgetFundFull(n), income(n), incomeShare(n), fundsAvailable(n), expenditureFund(n))
                    .forEach(name -> register(DEPARTMENT_NAMES, name));
        }
        for (ProjectCategory c : ProjectCategory.values()) {
            List.of(projectCategoryBudget(c), projectCategoryActual(c)).forEach(name -> register(DEPARTMENT_NAMES, name));
        }
        for (ThreePublicLine l : ThreePublicLine.values()) {
            List.of(threePublicActual(l), threePublicBudget(l), threePublicSavings(l))
                    .forEach(name -> register(DEPARTMENT_NAMES, name));
        }
        for (PublicFundGroup g : PublicFundGroup.values()) {
            List.of(publicFundBudget(g), publicFundActual(g)).forEach(name -> register(DEPARTMENT_NAMES, name));
        }
        for (ProjectFundRow r : ProjectFundRow.values()) {
            List.of(projectFundInitial(r), projectFundFull(r), projectFundExecuted(r))
                    .forEach(name -> register(PROJECT_NAMES, name));
        }
    }

    private FigureNames() {
    }

    // ---- families: one name per fund nature, project category, 三公 line, 公用经费 group, project fund row ----

    public static FigureName budgetFundFull(FundNature n) {
        return member("budget.fund." + n.key() + ".full", Kind.MONEY, n.nameZh() + "全年预算 — full-year budget of that fund nature");
    }

    public static FigureName income(FundNature n) {
        return member("income." + n.key(), Kind.MONEY, n.nameZh() + "收入 — income of that fund nature");
    }

    public static FigureName incomeShare(FundNature n) {
        return member("income.share." + n.key(), Kind.RATE, n.nameZh() + "收入占比 — that income ÷ income.total");
    }

    public static FigureName fundsAvailable(FundNature n) {
        return member("funds.available." + n.key(), Kind.MONEY, n.nameZh() + "可支配资金 — opening + recovered + income of that nature (附件2)");
    }

    public static FigureName expenditureFund(FundNature n) {
        return member("expenditure.fund." + n.key(), Kind.MONEY, n.nameZh() + "支出 — expenditure of that fund nature");
    }

    /** {@code expenditure.function.<code>}: 支出 by 功能分类 类/款/项 (3, 5, 7 digits); zero for a code not spent on. */
    public static FigureName expenditureFunction(String code) {
        return perCode(FUNCTION, code, FUNCTION_CODE, "按功能分类科目支出 — expenditure by functional code");
    }

    /** {@code expenditure.economic.<code>}: 支出 by 经济分类 类/款 (3, 5 digits); zero for a code not spent on. */
    public static FigureName expenditureEconomic(String code) {
        return perCode(ECONOMIC, code, ECONOMIC_CODE, "按经济分类科目支出 — expenditure by economic code");
    }

    public static FigureName projectCategoryBudget(ProjectCategory c) {
        return member("project.category." + c.key() + ".budget", Kind.MONEY, c.nameZh() + "全年预算 — full-year budget of the category (附件1)");
    }

    public static FigureName projectCategoryActual(ProjectCategory c) {
        return member("project.category." + c.key() + ".actual", Kind.MONEY, c.nameZh() + "支出 — spent on projects of the category (附件1)");
    }

    public static FigureName threePublicActual(ThreePublicLine l) {
        return member("threePublic." + l.key() + ".actual", Kind.MONEY, l.nameZh() + "决算数 — 三公 spent on that line");
    }

    public static FigureName threePublicBudget(ThreePublicLine l) {
        return member("threePublic." + l.key() + ".budget", Kind.MONEY, l.nameZh() + "预算数 — 三公 limit of that line");
    }

    public static FigureName threePublicSavings(ThreePublicLine l) {
        return member("threePublic." + l.key() + ".savings", Kind.MONEY, l.nameZh() + "节约 — limit − spent (negative: overspent)");
    }

    public static FigureName publicFundBudget(PublicFundGroup g) {
        return member("public." + g.key() + ".budget", Kind.MONEY, g.nameZh() + "预算 — full-year public-fund budget on its codes");
    }

    public static FigureName publicFundActual(PublicFundGroup g) {
        return member("public." + g.key() + ".actual", Kind.MONEY, g.nameZh() + "支出 — public-fund spending on its codes");
    }

    public static FigureName projectFundInitial(ProjectFundRow r) {
        return projectMember("fund." + r.key() + ".initial", "项目资金年初数 — initial budget of the fund row (附件3)");
    }

    public static FigureName projectFundFull(ProjectFundRow r) {
        return projectMember("fund." + r.key() + ".full", "项目资金全年数 — full-year budget of the fund row (附件3)");
    }

    public static FigureName projectFundExecuted(ProjectFundRow r) {
        return projectMember("fund." + r.key() + ".executed", "项目资金执行数 — spent from the fund row (附件3)");
    }

    // ---- names from outside ----

    /** The department figure of that name, with its prior./change. forms; empty when there is no such figure. */
    public static Optional<FigureName> department(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.startsWith(FigureName.PRIOR)) {
            return base(name.substring(FigureName.PRIOR.length())).map(FigureName::prior);
        }
        if (name.startsWith(FigureName.CHANGE)) {
            String rest = name.substring(FigureName.CHANGE.length());
            Optional<FigureName> ofRate = rest.endsWith(FigureName.RATE)
                    ? base(rest.substring(0, rest.length() - FigureName.RATE.length())).filter(FigureName::changeable)
                    : Optional.empty();
            return ofRate.isPresent() ? ofRate.map(FigureName::changeRate)
                    : base(rest).filter(FigureName::changeable).map(FigureName::change);
        }
        return base(name);
    }

    /** The figure of a project's form of that name; empty when there is no such figure. */
    public static Optional<FigureName> project(String name) {
        return Optional.ofNullable(name == null ? null : PROJECT_NAMES.get(name));
    }

    /** The figure a ledger measure reads: a programming error, not bad input, when it names none. */
    public static FigureName of(LedgerMeasure measure) {
        Optional<FigureName> name = measure.projectScoped() ? project(measure.figure()) : department(measure.figure());
        return name.orElseThrow(() -> new IllegalArgumentException(
                "ledger measure " + measure + " names no key figure: " + measure.figure()));
    }

    /** Every fixed department name (without the per-code, prior. and change. forms). */
    public static Collection<FigureName> departmentNames() {
        return List.copyOf(DEPARTMENT_NAMES.values());
    }

    // ---- building the catalogue ----

    private static FigureName money(String key, String meaning) {
        return department(key, Kind.MONEY, meaning);
    }

    private static FigureName rate(String key, String meaning) {
        return department(key, Kind.RATE, meaning);
    }

    private static FigureName count(String key, String meaning) {
        return department(key, Kind.COUNT, meaning);
    }

    private static FigureName score(String key, String meaning) {
        return department(key, Kind.SCORE, meaning);
    }

    private static FigureName grade(String key, String meaning) {
        return department(key, Kind.GRADE, meaning);
    }

    private static FigureName department(String key, Kind kind, String meaning) {
        return register(DEPARTMENT_NAMES, new FigureName(key, kind, Scope.DEPARTMENT, meaning, null));
    }

    private static FigureName project(String key, Kind kind, String meaning) {
        return register(PROJECT_NAMES, new FigureName(key, kind, Scope.PROJECT, meaning, null));
    }

    private static FigureName register(Map<String, FigureName> names, FigureName name) {
        if (names.putIfAbsent(name.key(), name) != null) {
            throw new IllegalStateException("figure name registered twice: " + name.key());
        }
        return name;
    }

    /** The registered member of a family; built (to be registered) only while the catalogue is loaded. */
    private static FigureName member(String key, Kind kind, String meaning) {
        FigureName known = DEPARTMENT_NAMES.get(key);
        return known != null ? known : new FigureName(key, kind, Scope.DEPARTMENT, meaning, null);
    }

    private static FigureName projectMember(String key, String meaning) {
        FigureName known = PROJECT_NAMES.get(key);
        return known != null ? known : new FigureName(key, Kind.MONEY, Scope.PROJECT, meaning, null);
    }

    private static FigureName perCode(String prefix, String code, Pattern shape, String meaning) {
        if (code == null || !shape.matcher(code).matches()) {
            throw new IllegalArgumentException("not a classification code for " + prefix + "<code>: " + code);
        }
        return new FigureName(prefix + code, Kind.MONEY, Scope.DEPARTMENT, meaning, code);
    }

    /** A department name without prior./change.: fixed, or one per code. */
    private static Optional<FigureName> base(String name) {
        FigureName fixed = DEPARTMENT_NAMES.get(name);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (name.startsWith(FUNCTION) && FUNCTION_CODE.matcher(name.substring(FUNCTION.length())).matches()) {
            return Optional.of(expenditureFunction(name.substring(FUNCTION.length())));
        }
        if (name.startsWith(ECONOMIC) && ECONOMIC_CODE.matcher(name.substring(ECONOMIC.length())).matches()) {
            return Optional.of(expenditureEconomic(name.substring(ECONOMIC.length())));
        }
        return Optional.empty();
    }
}
