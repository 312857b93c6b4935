package budgetledger.core.performance;

import budgetledger.core.common.Checks;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 评分规则: how a quantitative indicator's points follow from its actual where its framework says otherwise than
 * 财预〔2020〕10号's proportional rules (docs/scoring.md R4–R6). Part of the indicator's definition, naming the
 * document it comes from, so a reviewer can check each score against the rule as printed.
 * <ul>
 * <li>{@code DEDUCTION} 扣分: full marks while the target is met; beyond it, {@code points} off for every {@code per}
 * units of deviation, in proportion, never below zero (每超过一个百分点扣0.5分，扣完为止).</li>
 * <li>{@code STEPS} 阶梯扣分: {@code points} off for every whole {@code per} of deviation (每低于5%扣2分).</li>
 * <li>{@code BANDS} 分档: the first band whose range (both ends included; an open end unbounded) holds the actual
 * gives its points; none, zero (≤5% 满分, 5%–10% 得一半, 超过10% 不得分).</li>
 * </ul>
 * Deviation is measured past the target in the direction the operator forbids: above it for ≤/＜, below it for
 * ≥/＞, either side for =. Amounts are decimal strings, as weights are.
 */
public record ScoringRule(Kind kind, String per, String points, List<Band> bands, String source) {

    public enum Kind {
        DEDUCTION("扣分制"), STEPS("阶梯扣分"), BANDS("分档计分");

        private final String nameZh;

        Kind(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    /** One band of a {@code BANDS} rule: {@code min} ≤ actual ≤ {@code max} (either may be absent) earns points. */
    public record Band(String min, String max, String points) {
    }

    /** The rule as recorded: refused with the reason when it cannot score this indicator of this weight. */
    public ScoringRule checked(Target target, BigDecimal weight) {
        if (kind == null) {
            throw invalid("评分规则须注明类型 kind（DEDUCTION 扣分制、STEPS 阶梯扣分、BANDS 分档计分）");
        }
        if (target.qualitative()) {
            throw invalid("定性指标由评价人按达成程度打分，不能设评分规则");
        }
        if (source == null || source.isBlank()) {
            throw invalid("评分规则须注明出处 source（文件名称和条款），以便复核");
        }
        String from = Checks.text(source, "评分规则出处");
        if (kind == Kind.BANDS) {
            if (bands == null || bands.isEmpty() || per != null || points != null) {
                throw invalid("分档计分须列出各档 bands（min、max、points），不填 per 和 points");
            }
            List<Band> checked = bands.stream().map(b -> band(b, weight)).toList();
            return new ScoringRule(kind, null, null, checked, from);
        }
        if (bands != null && !bands.isEmpty()) {
            throw invalid(kind.nameZh() + "不分档，不填 bands");
        }
        BigDecimal step = positive(per, "每多少单位 per");
        BigDecimal off = positive(points, "扣分 points");
        if (off.compareTo(weight) > 0) {
            throw invalid("每次扣分 " + points + " 超过该指标分值 " + weight.toPlainString());
        }
        return new ScoringRule(kind, plain(step), plain(off), null, from);
    }

    /** The points for an actual (in the target's unit), rounded once to two decimals. */
    public BigDecimal score(Operator op, BigDecimal target, BigDecimal actual, BigDecimal weight) {
        BigDecimal result = switch (kind) {
            case BANDS -> bands.stream().filter(b -> holds(b, actual)).findFirst()
                    .map(b -> new BigDecimal(b.points())).orElse(BigDecimal.ZERO);
            case DEDUCTION -> weight.subtract(new BigDecimal(points).multiply(deviation(op, target, actual))
                    .divide(new BigDecimal(per), 10, RoundingMode.HALF_UP));
            case STEPS -> weight.subtract(new BigDecimal(points).multiply(deviation(op, target, actual)
                    .divide(new BigDecimal(per), 0, RoundingMode.FLOOR)));
        };
        return result.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal deviation(Operator op, BigDecimal target, BigDecimal actual) {
        return switch (op) {
            case LE, LT -> actual.subtract(target).max(BigDecimal.ZERO);
            case GE, GT -> target.subtract(actual).max(BigDecimal.ZERO);
            case EQ -> actual.subtract(target).abs();
            case QUALITATIVE -> throw new IllegalArgumentException("qualitative indicators have no scoring rule");
        };
    }

    private static boolean holds(Band b, BigDecimal actual) {
        return (b.min() == null || actual.compareTo(new BigDecimal(b.min())) >= 0)
                && (b.max() == null || actual.compareTo(new BigDecimal(b.max())) <= 0);
    }

    private static Band band(Band b, BigDecimal weight) {
        BigDecimal p = number(b.points(), "档位得分 points");
        if (p.signum() < 0 || p.compareTo(weight) > 0) {
            throw invalid("档位得分须在 0 到该指标分值 " + weight.toPlainString() + " 之间：" + b.points());
        }
        BigDecimal min = b.min() == null ? null : number(b.min(), "档位下限 min");
        BigDecimal max = b.max() == null ? null : number(b.max(), "档位上限 max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw invalid("档位下限 " + b.min() + " 大于上限 " + b.max());
        }
        return new Band(min == null ? null : plain(min), max == null ? null : plain(max), plain(p));
    }

    private static BigDecimal positive(String text, String what) {
        BigDecimal v = number(text, what);
        if (v.signum() <= 0) {
            throw invalid(what + "须大于 0：" + text);
        }
        return v;
    }

    private static BigDecimal number(String text, String what) {
        if (text == null || text.isBlank()) {
            throw invalid("评分规则缺少" + what);
        }
        if (!text.trim().matches("-?\\d{1,9}(\\.\\d{1,6})?")) {
            throw invalid(what + "不是数字：" + text);
        }
        return new BigDecimal(text.trim());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static LedgerException invalid(String message) {
        return new LedgerException(ErrorCode.INVALID_INDICATOR, message);
    }
}
