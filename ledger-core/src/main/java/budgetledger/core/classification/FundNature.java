package budgetledger.core.classification;

/**
 * 资金性质. Money carried over from an earlier year keeps its nature. {@code key} is the figure-name
 * segment of docs/figures.md ({@code income.generalPublic}, {@code expenditure.fund.other}, …).
 */
public enum FundNature {
    GENERAL_PUBLIC("generalPublic", "一般公共预算"),
    GOV_FUND("govFund", "政府性基金"),
    STATE_CAPITAL("stateCapital", "国有资本经营"),
    SOCIAL_INSURANCE("socialInsurance", "社会保险基金"),
    OTHER("other", "其他资金");

    private final String key;
    private final String nameZh;

    FundNature(String key, String nameZh) {
        this.key = key;
        this.nameZh = nameZh;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }
}
