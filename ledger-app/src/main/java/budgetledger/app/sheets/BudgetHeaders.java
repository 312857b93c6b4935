package budgetledger.app.sheets;

/**
 * The headers of budget sheets (预算表): the budget template's two tables (年初预算 and 预算调整) and the budget-line
 * export print the same words for the same thing, so a line exported from one year reads like the template of the
 * next. The budget import reads its own headers; these are the ones the template offers it (docs/spreadsheets.md).
 */
final class BudgetHeaders {
    static final String LINE = "预算指标";
    static final String KIND = "支出类型";
    static final String FUND_NATURE = "资金性质";
    static final String VINTAGE = "资金来源";
    static final String FUNCTIONAL = "功能科目编码";
    static final String ECONOMIC = "经济科目编码";
    static final String PROJECT = "项目";
    static final String AMOUNT = "金额";
    static final String DOCUMENT = "文号";
    static final String METHOD = "调整方式";
    static final String TO_LINE = "调入指标";
    static final String DATE = "日期";
    static final String REASON = "理由";

    private BudgetHeaders() {
    }
}
