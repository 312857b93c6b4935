package budgetledger.core.classification;

/** Which of the year's two catalogues a code belongs to. */
public enum CodeKind {
    /** 支出功能分类科目 (类 3 / 款 5 / 项 7 digits). */
    FUNCTIONAL,
    /** 部门预算支出经济分类科目 (类 3 / 款 5 digits). */
    ECONOMIC
}
