package budgetledger.projections.trail;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.Replay;
import budgetledger.projections.stream.RecordedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The events behind one additive figure (an amount or a count). Each event's contribution is the figure's change
 * across the step that folded it — the same fold as every report, so the trail cannot tell a different story
 * than the figure: a reversal shows as a negative amount, a transfer as what it moved in or out, a replaced limit
 * as the difference it made.
 */
public final class FigureTrail {

    public record Contribution(long sequence, String type, LocalDate businessDate, Instant recordedAt,
                               String recordedBy, String reason, String document, String subject, String amount) {
    }

    public record Trail(String ledgerId, String figure, String value, String sum, List<Contribution> events) {
    }

    private FigureTrail() {
    }

    public static Trail of(String ledgerId, List<RecordedEvent> events, LedgerView prior, String figure,
                           Instant asOf, LocalDate through, FiguresOptions options) {
        FigureName name = requireAdditive(figure);
        List<Contribution> out = new ArrayList<>();
        BigDecimal[] before = {value(LedgerView.empty(ledgerId), prior, figure, asOf, through, options)};
        LedgerView last = Replay.foldStepwise(ledgerId, events, asOf, through, (e, view) -> {
            BigDecimal now = value(view, prior, figure, asOf, through, options);
            BigDecimal delta = now.subtract(before[0]);
            before[0] = now;
            if (delta.signum() != 0) {
                out.add(contribution(e, delta));
            }
        });
        BigDecimal sum = out.stream().map(c -> new BigDecimal(c.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> figures = KeyFigures.build(last, prior, asOf, through, options).figures();
        if (!figures.containsKey(name.key())) {
            throw notFound(figure); // a code nothing was ever spent on
        }
        Object value = figures.get(figure);
        return new Trail(ledgerId, figure, String.valueOf(value), format(sum, value), out);
    }

    /**
     * Only this year's amounts and counts add up event by event. Rates, scores and grades are quotients or
     * judgments, prior and change figures compare two years: their trail is that of their parts.
     */
    static FigureName requireAdditive(String figure) {
        FigureName name = FigureNames.department(figure).orElseThrow(() -> notFound(figure));
        if (!additive(name)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, figure
                    + " 不是可加总的金额或数量（比率、得分、上年数和增减数请分别追溯其组成数据，上年数请查上一年度）");
        }
        return name;
    }

    /** Whether a figure has a trail of its own: this year's amounts and counts (a page links only those). */
    public static boolean additive(String figure) {
        return FigureNames.department(figure).map(FigureTrail::additive).orElse(false);
    }

    private static boolean additive(FigureName name) {
        return (name.kind() == FigureName.Kind.MONEY || name.kind() == FigureName.Kind.COUNT)
                && name.column() == FigureName.Column.CURRENT;
    }

    private static LedgerException notFound(String figure) {
        return new LedgerException(ErrorCode.NOT_FOUND, "没有名为 " + figure + " 的数据（见 docs/figures.md）");
    }

    private static BigDecimal value(LedgerView view, LedgerView prior, String figure, Instant asOf, LocalDate through,
                                    FiguresOptions options) {
        Map<String, Object> figures = KeyFigures.build(view, prior, asOf, through, options).figures();
        Object v = figures.get(figure);
        if (v == null && !figures.containsKey(figure)) {
            // a name that appears only once something is recorded (e.g. expenditure.economic.30201) is zero before
            return BigDecimal.ZERO;
        }
        try {
            return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, figure + " 不是数值");
        }
    }

    private static Contribution contribution(RecordedEvent e, BigDecimal delta) {
        Map<String, String> m = e.metadata();
        return new Contribution(e.sequence(), e.payload().getClass().getSimpleName(), e.businessDay(), e.recordedTime(),
                m.get(AuditKeys.RECORDED_BY), m.get(AuditKeys.REASON), m.get(AuditKeys.DOCUMENT), m.get(AuditKeys.SUBJECT),
                delta.toPlainString());
    }

    private static String format(BigDecimal sum, Object value) {
        return value instanceof Number ? sum.toBigInteger().toString() : sum.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
