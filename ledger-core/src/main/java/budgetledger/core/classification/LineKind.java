package budgetledger.core.classification;

/** What a budget line (预算指标) pays for: 基本支出 (人员经费 / 公用经费) or 项目支出. */
public enum LineKind {
    BASIC_PERSONNEL("基本支出-人员经费"),
    BASIC_PUBLIC("基本支出-公用经费"),
    PROJECT("项目支出");

    private final String nameZh;

    LineKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean isBasic() {
        return this != PROJECT;
    }
}
