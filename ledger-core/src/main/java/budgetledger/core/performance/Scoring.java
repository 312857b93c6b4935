package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * 绩效自评 scoring (财预〔2020〕10号; docs/scoring.md sets out every rule as implemented). Pure decimal arithmetic:
 * ratios are kept unrounded and scores are rounded once, half-up, to 2 decimals — binary floating point
 * would turn 9.655 into 9.65 where the seed prints 9.66.
 */
public final class Scoring {
    private static final MathContext RATIO = MathContext.DECIMAL128;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Scoring() {
    }

    /** 执行率 = 全年执行数 ÷ 全年预算数 (R1), unrounded; null when there is no budget (R3: not scored). */
    public static BigDecimal ratio(Money numerator, Money denominator) {
        if (denominator.isZero()) {
            return null;
        }
        return BigDecimal.valueOf(numerator.fen()).divide(BigDecimal.valueOf(denominator.fen()), RATIO);
    }

    /**
     * 预算执行率得分 = 执行率 × 分值, half-up to 2 decimals, capped at 分值 when {@code cap} (R2); null — 不适用 — when
     * the full-year budget is zero (R3): nothing was to be executed, so the part is not scored at all.
     */
    public static BigDecimal executionPoints(Money executed, Money fullYearBudget, BigDecimal weight, boolean cap) {
        BigDecimal ratio = ratio(executed, fullYearBudget);
        if (ratio == null) {
            return null;
        }
        BigDecimal points = ratio.multiply(weight).setScale(2, RoundingMode.HALF_UP);
        return cap && points.compareTo(weight) > 0 ? weight.setScale(2, RoundingMode.HALF_UP) : points;
    }

    /**
     * R3: the total of a form whose execution part is 不适用 (no budget). Its weight is not scored, so the points
     * the indicators earned are taken over the weights they carry and scaled to the form's full marks (100 on a
     * standard form): 85 of 90 → 94.44. Null when no indicator carries weight — nothing was evaluated.
     */
    public static BigDecimal withoutExecution(BigDecimal indicatorPoints, BigDecimal indicatorWeights,
                                              BigDecimal fullMarks) {
        if (indicatorWeights.signum() == 0) {
            return null;
        }
        return indicatorPoints.multiply(fullMarks).divide(indicatorWeights, RATIO).setScale(2, RoundingMode.HALF_UP);
    }

    /** The score of a quantitative indicator (R4 ≥, R5 ≤, R6 =, R6a ＞ ＜); never above the weight (R8). */
    /** By the indicator's own {@link ScoringRule} when it has one, else by R4–R6. */
    public static BigDecimal quantitative(Operator op, BigDecimal target, BigDecimal actual, BigDecimal weight,
                                          ScoringRule rule) {
        return rule == null ? quantitative(op, target, actual, weight) : rule.score(op, target, actual, weight);
    }

    public static BigDecimal quantitative(Operator op, BigDecimal target, BigDecimal actual, BigDecimal weight) {
        BigDecimal a = actual.signum() < 0 ? BigDecimal.ZERO : actual; // a negative actual counts as 0
        return switch (op) {
            case GE -> atLeast(target, a, weight);
            // 财预〔2020〕10号: "=" with a zero target (差错率 0%) is full only at zero; otherwise it reads as ≥
            case EQ -> target.signum() == 0 ? (a.signum() == 0 ? weight : BigDecimal.ZERO) : atLeast(target, a, weight);
            case LE -> atMost(target, a, weight);
            // R6a: ＞ / ＜ are met only strictly beyond the target; otherwise scored as ≥ / ≤ score a shortfall,
            // short of full marks (the boundary itself, which ≥ / ≤ would pass, earns the weight less 0.01)
            case GT -> a.compareTo(target) > 0 ? weight
                    : shortOfFull(target.signum() == 0 ? BigDecimal.ZERO : atLeast(target, a, weight), weight);
            case LT -> a.compareTo(target) < 0 ? weight : shortOfFull(atMost(target, a, weight), weight);
            case QUALITATIVE -> throw new IllegalArgumentException("qualitative indicators are scored by the evaluator");
        };
    }

    private static BigDecimal atLeast(BigDecimal target, BigDecimal actual, BigDecimal weight) {
        if (actual.compareTo(target) >= 0 || target.signum() == 0) {
            return weight;
        }
        return actual.divide(target, RATIO).multiply(weight).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal shortOfFull(BigDecimal score, BigDecimal weight) {
        if (score.compareTo(weight) < 0) {
            return score;
        }
        return weight.subtract(CENT).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** 反向指标: full when met, linear down to zero at twice the target. */
    private static BigDecimal atMost(BigDecimal target, BigDecimal actual, BigDecimal weight) {
        if (actual.compareTo(target) <= 0) {
            return weight;
        }
        if (target.signum() == 0 || actual.compareTo(target.multiply(TWO)) >= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal over = actual.subtract(target).divide(target, RATIO);
        return BigDecimal.ONE.subtract(over).multiply(weight).setScale(2, RoundingMode.HALF_UP);
    }

    /** R7: the evaluator's score must lie in the band of the stated achievement. */
    public static BigDecimal requireQualitativeScore(Achievement achievement, BigDecimal score, BigDecimal weight) {
        BigDecimal low = weight.multiply(achievement.lowerShare()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal high = weight.multiply(achievement.upperShare()).setScale(2, RoundingMode.HALF_UP);
        boolean aboveLow = score.compareTo(low) >= 0;
        boolean belowHigh = achievement.upperInclusive() ? score.compareTo(high) <= 0 : score.compareTo(high) < 0;
        if (!aboveLow || !belowHigh) {
            throw new LedgerException(ErrorCode.SCORE_OUT_OF_BAND, achievement.nameZh() + " 的得分须在 " + low + " 至 "
                    + high + (achievement.upperInclusive() ? "（含）" : "（不含）") + " 之间，收到 " + score.toPlainString());
        }
        return score;
    }

    public static void requireSameUnit(String targetUnit, String actualUnit) {
        String t = targetUnit == null ? "" : targetUnit;
        String a = actualUnit == null ? "" : actualUnit;
        if (!t.equals(a)) {
            throw new LedgerException(ErrorCode.UNIT_MISMATCH, "指标值单位“" + t + "”，实际完成值单位“" + a + "”");
        }
    }

    /** R9: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below — the thresholds are the deployment's to change. */
    public static String grade(BigDecimal total, GradeBands bands) {
        if (total.compareTo(bands.excellent()) >= 0) {
            return "优";
        }
        if (total.compareTo(bands.good()) >= 0) {
            return "良";
        }
        if (total.compareTo(bands.pass()) >= 0) {
            return "中";
        }
        return "差";
    }

    /** Grade thresholds; {@link #DEFAULT} is 财政部's 90 / 80 / 60. */
    public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal pass) {
        public static final GradeBands DEFAULT =
                new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));
    }
}
