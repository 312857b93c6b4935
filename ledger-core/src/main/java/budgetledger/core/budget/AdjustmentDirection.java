package budgetledger.core.budget;

/** 追加 raises a line's full-year budget; 追减 lowers it (never below what is already spent). */
public enum AdjustmentDirection {
    SUPPLEMENT("追加"),
    REDUCTION("追减");

    private final String nameZh;

    AdjustmentDirection(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The change to the full-year budget: + for 追加, − for 追减. */
    public long signed(long fen) {
        return this == SUPPLEMENT ? fen : Math.negateExact(fen);
    }
}
