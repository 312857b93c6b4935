package budgetledger.app.pages;

import java.util.Map;

/**
 * The events' names as a finance officer reads them on a page; the stored name (the record's class) stays the key
 * and is shown where a type has no entry here.
 */
final class EventNames {
    static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("FiscalYearOpened", "开账"),
            Map.entry("FiscalYearClosed", "年终结账"),
            Map.entry("EstablishmentDeclared", "编制与实有人数"),
            Map.entry("ProjectRegistered", "项目登记"),
            Map.entry("AppropriationRecorded", "预算指标下达"),
            Map.entry("ProcurementBudgetSet", "政府采购预算"),
            Map.entry("ThreePublicLimitsSet", "“三公”经费控制数"),
            Map.entry("BudgetAdjustmentProposed", "提议追加/追减"),
            Map.entry("BudgetTransferProposed", "提议调剂"),
            Map.entry("BudgetAdjusted", "预算追加/追减"),
            Map.entry("BudgetTransferred", "预算调剂"),
            Map.entry("BudgetProposalRejected", "提议被驳回"),
            Map.entry("ExpenditureRecorded", "支出"),
            Map.entry("ExpenditureReversed", "支出冲销"),
            Map.entry("FundsReceived", "收入/资金到账"),
            Map.entry("PerformanceGoalSet", "绩效目标"),
            Map.entry("IndicatorDefined", "绩效指标设定"),
            Map.entry("IndicatorOutcomeRecorded", "指标完成值"),
            Map.entry("EvaluationTextRecorded", "自评文字"),
            Map.entry("SelfEvaluationSubmitted", "提交自评"),
            Map.entry("ProjectWithdrawn", "撤回项目登记"),
            Map.entry("IndicatorWithdrawn", "撤回绩效指标"),
            Map.entry("PerformanceGoalWithdrawn", "撤回绩效目标"),
            Map.entry("ClassificationCodeAdded", "增补科目"),
            Map.entry("OpeningBalancesDeclared", "期初结转结余"),
            Map.entry("PriorYearFiguresDeclared", "上年比较数"));

    private EventNames() {
    }
}
