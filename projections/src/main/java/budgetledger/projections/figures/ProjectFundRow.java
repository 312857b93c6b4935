package budgetledger.projections.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.Vintage;

/**
 * The rows of a project's 年度资金总额 ({@code fund.<key>.initial|full|executed}): vintage for fiscal money, and
 * 其他资金 whatever its vintage.
 */
public enum ProjectFundRow {
    CURRENT_YEAR("currentYear"), CARRY_OVER("carryOver"), OTHER("other");

    private final String key;

    ProjectFundRow(String key) {
        this.key = key;
    }

    /** The row of a key ({@code currentYear}, {@code carryOver}, {@code other}), as a template's fund rows name it. */
    public static ProjectFundRow ofKey(String key) {
        return java.util.Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fund row " + key));
    }

    public String key() {
        return key;
    }

    boolean holds(FundNature nature, Vintage vintage) {
        boolean other = nature == FundNature.OTHER;
        return switch (this) {
            case OTHER -> other;
            case CARRY_OVER -> !other && vintage == Vintage.CARRY_OVER;
            case CURRENT_YEAR -> !other && vintage != Vintage.CARRY_OVER;
        };
    }
}
