package budgetledger.core.budget;

/** Whether received funds are this year's income (本年收入) or 收回以前年度资金 (adjusting prior-year balances). */
public enum FundSource {
    CURRENT_YEAR("本年收入"),
    RECOVERED_PRIOR_YEARS("收回以前年度资金");

    private final String nameZh;

    FundSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
