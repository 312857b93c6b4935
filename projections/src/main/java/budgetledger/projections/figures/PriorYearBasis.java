package budgetledger.projections.figures;

import java.util.Map;

/**
 * Where the 上年 column of the figures comes from. {@code source}: {@code ledger} — the ledger's own prior year
 * (its derived values win over any declared ones); {@code declared} — the year's prior is not in the ledger and
 * {@code declared} names the comparatives stated from documents (every other {@code prior.*} figure is null:
 * 上年无数据); {@code none} — no prior value at all. {@code differences}: declared values the ledger's prior year
 * does not confirm, by figure name.
 */
public record PriorYearBasis(String source, Map<String, String> declared, Map<String, String> documents,
                             Map<String, Difference> differences) {
    public static final String LEDGER = "ledger";
    public static final String DECLARED = "declared";
    public static final String NONE = "none";

    /** A declared prior-year value and the ledger's own, in yuan. */
    public record Difference(String declared, String ledger) {
    }
}
