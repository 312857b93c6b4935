package budgetledger.core.performance;

/**
 * A ledger figure an indicator can be bound to, so its actual comes from the ledger and is never typed.
 * {@code figure} names the key figure (docs/figures.md) it reads; project measures read the indicator's own project.
 * {@code rate} measures are ratios (printed in %), the others money in yuan (printed in the target's unit).
 */
public enum LedgerMeasure {
    PERSONNEL_EXPENDITURE("expenditure.basic.personnel", false, "人员经费支出"),
    PUBLIC_EXPENDITURE("expenditure.basic.public", false, "公用经费支出"),
    BASIC_EXPENDITURE("expenditure.basic", false, "基本支出"),
    PROJECT_EXPENDITURE_TOTAL("expenditure.project", false, "项目支出"),
    TOTAL_EXPENDITURE("expenditure.total", false, "全年执行数"),
    THREE_PUBLIC_ACTUAL("threePublic.total.actual", false, "三公经费支出"),
    THREE_PUBLIC_CONTROL_RATE("threePublic.controlRate", true, "三公经费控制率"),
    /** (本年三公经费决算数 − 上年) ÷ 上年: the older frameworks' 三公经费变动率; no value without a prior year. */
    THREE_PUBLIC_CHANGE_RATE("change.threePublic.total.actual.rate", true, "三公经费变动率"),
    EXECUTION_RATE("execution.rate", true, "预算执行率"),
    /** The older frameworks' name for the same ratio: 预算完成数 ÷ 预算数. */
    BUDGET_COMPLETION_RATE("execution.rate", true, "预算完成率"),
    BUDGET_ADJUSTMENT_RATE("budget.adjustmentRate", true, "预算调整率（预算控制率：追加与追减之和 ÷ 年初预算数）"),
    PROCUREMENT_EXECUTION_RATE("procurement.executionRate", true, "政府采购执行率"),
    STAFF_CONTROL_RATE("staff.controlRate", true, "在职人员控制率"),
    PROJECT_EXECUTED("executed", false, "项目全年执行数（全年工作经费支出、全年培训成本）"),
    PROJECT_EXECUTION_RATE("execution.rate", true, "项目预算执行率");

    private final String figure;
    private final boolean rate;
    private final String nameZh;

    LedgerMeasure(String figure, boolean rate, String nameZh) {
        this.figure = figure;
        this.rate = rate;
        this.nameZh = nameZh;
    }

    public String figure() {
        return figure;
    }

    public boolean rate() {
        return rate;
    }

    public boolean projectScoped() {
        return name().startsWith("PROJECT_") && this != PROJECT_EXPENDITURE_TOTAL;
    }

    public String nameZh() {
        return nameZh;
    }
}
