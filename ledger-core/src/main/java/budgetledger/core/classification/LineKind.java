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

    /**
     * Whether an expenditure on this economic code may be paid from a line of this kind (经济分类与支出类型相符):
     * 人员经费 is 工资福利支出 (301) and 对个人和家庭的补助 (303); 公用经费 is everything else of 基本支出; a project
     * line may pay any class. Without this, a 30101 wage booked on a 公用经费 line would count as personnel by its
     * code and as public by its line, and the 决算 tables would disagree with each other.
     */
    public boolean admits(String economicCode) {
        boolean personnelClass = economicCode.startsWith("301") || economicCode.startsWith("303");
        return switch (this) {
            case BASIC_PERSONNEL -> personnelClass;
            case BASIC_PUBLIC -> !personnelClass;
            case PROJECT -> true;
        };
    }
}
