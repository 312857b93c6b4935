package budgetledger.core.classification;

/** Which of the year's two catalogues a code belongs to. */
public enum CodeKind {
    /** 支出功能分类科目 (类 3 / 款 5 / 项 7 digits). */
    FUNCTIONAL("支出功能分类科目"),
    /** 部门预算支出经济分类科目 (类 3 / 款 5 digits). */
    ECONOMIC("部门预算支出经济分类科目");

    private final String nameZh;

    CodeKind(String nameZh) {
        this.nameZh = nameZh;
    }

    /** What the value means, as the API documentation and forms print it. */
    public String nameZh() {
        return nameZh;
    }
}
