package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What makes an indicator definition and an outcome acceptable. Units must agree before any ratio is taken
 * (a mismatch is refused, never guessed); a qualitative score must lie in the band of its stated achievement;
 * an indicator bound to a ledger measure takes its actual from the ledger, so typing one is refused.
 */
public final class IndicatorRules {
    private static final Set<String> MONEY_UNITS = Set.of("元", "万元");

    private IndicatorRules() {
    }

    public static IndicatorDefined define(String departmentId, int year, String indicatorId, String projectCode,
                                          DefineIndicator c) {
        String level1 = required(c.level1(), "一级指标");
        String level2 = required(c.level2(), "二级指标");
        String name = required(c.name(), "三级指标名称");
        BigDecimal weight = weight(c.weight());
        Target target = Target.of(c.target(), c.operator(), c.targetValue(), c.unit());
        LedgerMeasure measure = c.measure();
        if (measure != null) {
            if (target.qualitative()) {
                throw new LedgerException(ErrorCode.INVALID_INDICATOR, "定性指标不能绑定账本数据: " + name);
            }
            if (measure.projectScoped() && projectCode == null) {
                throw new LedgerException(ErrorCode.INVALID_INDICATOR, measure.nameZh() + " 只能用于项目指标");
            }
            boolean unitFits = measure.rate() ? "%".equals(target.unit()) : MONEY_UNITS.contains(target.unit());
            if (!unitFits) {
                throw new LedgerException(ErrorCode.UNIT_MISMATCH, measure.nameZh() + " 的计量单位应为 "
                        + (measure.rate() ? "%" : "元 或 万元") + "，指标值为 " + target.text());
            }
        }
        ScoringRule rule = c.rule() == null ? null : c.rule().checked(target, weight);
        return new IndicatorDefined(departmentId, year, indicatorId, projectCode, level1, level2, name, target,
                weight.stripTrailingZeros().toPlainString(), measure, rule);
    }

    public static IndicatorOutcomeRecorded outcome(String departmentId, int year, RecordIndicatorOutcome c,
                                                   Target target, String weightText, LedgerMeasure measure,
                                                   LocalDate date) {
        Actual actual = Actual.parse(c.actual());
        String reason = c.deviationReason() == null || c.deviationReason().isBlank() ? null : c.deviationReason().trim();
        if (measure != null) {
            if (actual != null) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "该指标绑定账本数据（" + measure.nameZh()
                        + "），实际完成值 actual 由账本计算，不能手工录入");
            }
            return new IndicatorOutcomeRecorded(departmentId, year, c.indicatorId(), null, null, null, reason, date);
        }
        if (actual == null && !target.qualitative()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "缺少实际完成值 actual");
        }
        if (target.qualitative()) {
            // the achievement band and its score are the judgement; a text describing it is welcome, not required
            if (c.achievement() == null || c.score() == null) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "定性指标须填写达成程度 achievement 和得分 score");
            }
            BigDecimal score = Scoring.requireQualitativeScore(c.achievement(), decimal(c.score(), "得分"),
                    new BigDecimal(weightText));
            return new IndicatorOutcomeRecorded(departmentId, year, c.indicatorId(), actual, c.achievement(),
                    score.stripTrailingZeros().toPlainString(), reason, date);
        }
        if (!actual.quantitative()) {
            throw new LedgerException(ErrorCode.UNIT_MISMATCH, "定量指标的实际完成值须为数值加单位（如 1141册），收到 " + c.actual());
        }
        actual = actual.inUnitOf(target);
        Scoring.requireSameUnit(target.unit(), actual.unit());
        if (c.score() != null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "定量指标的得分 score 由规则计算，不能手工录入");
        }
        return new IndicatorOutcomeRecorded(departmentId, year, c.indicatorId(), actual, null, null, reason, date);
    }

    private static BigDecimal weight(String text) {
        BigDecimal w = decimal(text, "分值");
        if (w.signum() < 0 || w.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR, "分值须在 0 到 100 之间: " + text);
        }
        return w;
    }

    private static BigDecimal decimal(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR, "缺少" + what);
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR, what + "不是数字: " + text);
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR, what + "不能为空");
        }
        return value.trim();
    }
}
