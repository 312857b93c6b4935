package budgetledger.core.performance;

/**
 * How a target compares (docs/scoring.md R4–R7): ≥ 正向, ≤ 反向, = 等于 (treated as ≥ when the target is
 * positive, and "full only at zero" when it is 0), or 定性 (qualitative, scored by the evaluator in a band).
 */
public enum Operator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    QUALITATIVE("");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** How the form reads the operator: its symbol, or 定性 for a qualitative indicator. */
    public String nameZh() {
        return this == QUALITATIVE ? "定性" : symbol;
    }
}
