package budgetledger.core.classification;

/** 当年财政拨款 or 上年结转: when the budget authority of a line was appropriated. */
public enum Vintage {
    CURRENT_YEAR("currentYear", "当年财政拨款"),
    CARRY_OVER("carryOver", "上年结转资金");

    private final String key;
    private final String nameZh;

    Vintage(String key, String nameZh) {
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
