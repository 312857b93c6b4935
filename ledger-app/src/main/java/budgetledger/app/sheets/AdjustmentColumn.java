package budgetledger.app.sheets;

/**
 * The columns of an adjustment document (预算调整文件: 追加, 追减, 调剂 under a 文号), each row a proposal:
 * {@code ProposeBudgetAdjustment} (预算指标) or {@code ProposeBudgetTransfer} (预算指标 → 调入指标).
 * {@link #DOCUMENT} and {@link #REASON} go to the audit, and the approval carries them on.
 */
public enum AdjustmentColumn implements SheetColumn.Specified {
    DOCUMENT("document", "文号", true, "调整文号", "文件号", "批复文号", "发文字号"),
    TYPE("type", "调整类型", true, "类型", "调整方式", "调整类别"),
    LINE("lineId", "预算指标", true, "预算指标编号", "指标编号", "指标", "调出指标", "调出预算指标"),
    TO_LINE("toLineId", "调入指标", false, "调入预算指标", "调入指标编号"),
    AMOUNT("amount", "金额", true, "调整金额", "金额（元）"),
    DATE("businessDate", "日期", true, "发文日期", "调整日期", "业务日期", "文件日期"),
    REASON("reason", "摘要", false, "调整原因", "原因", "说明", "事由", "理由", "调整理由");

    private final Spec spec;

    AdjustmentColumn(String field, String header, boolean required, String... aliases) {
        this.spec = Spec.of(field, header, required, aliases);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
