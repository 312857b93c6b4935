package budgetledger.core.performance;

import java.math.BigDecimal;

/**
 * 定性指标的达成程度 and the band of the weight its score must lie in (财预〔2020〕10号, docs/scoring.md R7):
 * 达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %).
 */
public enum Achievement {
    ACHIEVED("达成年度指标", new BigDecimal("0.8"), BigDecimal.ONE, true),
    PARTIAL("部分达成年度指标并具有一定效果", new BigDecimal("0.6"), new BigDecimal("0.8"), false),
    NOT_ACHIEVED("未达成年度指标且效果较差", BigDecimal.ZERO, new BigDecimal("0.6"), false);

    private final String nameZh;
    private final BigDecimal lowerShare;
    private final BigDecimal upperShare;
    private final boolean upperInclusive;

    Achievement(String nameZh, BigDecimal lowerShare, BigDecimal upperShare, boolean upperInclusive) {
        this.nameZh = nameZh;
        this.lowerShare = lowerShare;
        this.upperShare = upperShare;
        this.upperInclusive = upperInclusive;
    }

    public String nameZh() {
        return nameZh;
    }

    public BigDecimal lowerShare() {
        return lowerShare;
    }

    public BigDecimal upperShare() {
        return upperShare;
    }

    public boolean upperInclusive() {
        return upperInclusive;
    }
}
