package budgetledger.app.sheets;

/**
 * The columns of a 年初预算 table (预算指标表) as budget offices print it, and the {@code RecordAppropriation} field
 * each fills. {@link #PROJECT_NAME} is no field of the command: a 项目支出 row without 项目编码 names its registered
 * project by name. {@link #DOCUMENT} and {@link #REASON} go to the audit (文号, 摘要), as an API client sends them.
 */
public enum AppropriationColumn implements SheetColumn.Specified {
    LINE("lineId", "预算指标编号", false, "指标编号", "预算指标", "指标", "指标代码"),
    KIND("kind", "支出类型", true, "支出类别", "经费类型", "支出性质", "经费性质", "预算类别"),
    FUND_NATURE("fundNature", "资金性质", true, "资金类别", "资金性质名称"),
    FUNCTIONAL("functionalCode", "功能科目编码", true, "功能科目", "功能分类科目", "功能分类科目编码", "支出功能分类科目",
            "功能分类", "功能科目代码"),
    ECONOMIC("economicCode", "经济科目编码", false, "经济科目", "经济分类科目", "经济分类科目编码", "部门经济分类科目",
            "经济分类", "经济科目代码"),
    PROJECT("projectCode", "项目编码", false, "项目代码", "项目编号"),
    PROJECT_NAME("projectName", "项目名称", false, "项目"),
    AMOUNT("amount", "年初预算数", true, "金额", "金额（元）", "年初预算", "年初预算金额", "年初预算数（元）", "预算数",
            "预算金额", "合计"),
    DATE("businessDate", "下达日期", false, "日期", "业务日期"),
    DOCUMENT("document", "文号", false, "批复文号", "下达文号", "文件号"),
    REASON("reason", "摘要", false, "说明", "用途", "备注");

    private final Spec spec;

    AppropriationColumn(String field, String header, boolean required, String... aliases) {
        this.spec = Spec.of(field, header, required, aliases);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
