package budgetledger.app.pages;

import budgetledger.app.figures.YearState;
import budgetledger.projections.figures.IndicatorRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's warnings, as of the day it shows (China time): a budget line more than 90 % used; a 三公 category
 * that has spent a larger share of its limit than the months gone by (序时进度, month ÷ 12); and, from the fourth
 * quarter on, an indicator with no outcome recorded. Each names what it is about and the anchor on the page.
 */
public final class DashboardAlerts {
    static final BigDecimal LINE_THRESHOLD = new BigDecimal("0.90");
    private static final Formats FORMATS = new Formats();

    /** {@code anchor}: the id of the row the alert is about, on the dashboard. */
    public record Alert(String kind, String message, String anchor) {
    }

    private DashboardAlerts() {
    }

    static List<Alert> of(int year, LocalDate day, List<YearState.Line> lines, List<Dashboard.ThreePublicRow> threePublic,
                          List<IndicatorRow> indicators) {
        List<Alert> out = new ArrayList<>();
        for (YearState.Line l : lines) {
            BigDecimal full = Formats.decimal(l.full());
            BigDecimal executed = Formats.decimal(l.executed());
            if (full != null && full.signum() > 0 && executed.compareTo(full.multiply(LINE_THRESHOLD)) > 0) {
                out.add(new Alert("line", "预算指标 " + l.lineId() + " 已使用 " + FORMATS.pct(FORMATS.ratio(executed, full))
                        + "（超过 90%），可用余额 " + FORMATS.yuan(l.available()) + " 元", lineAnchor(l.lineId())));
            }
        }
        int months = monthsGone(year, day);
        for (Dashboard.ThreePublicRow t : threePublic) {
            BigDecimal limit = Formats.decimal(t.limit());
            BigDecimal spent = Formats.decimal(t.actual());
            // spent ÷ limit > months ÷ 12, compared without dividing
            if (months > 0 && limit != null && limit.signum() > 0 && spent != null
                    && spent.multiply(BigDecimal.valueOf(12)).compareTo(limit.multiply(BigDecimal.valueOf(months))) > 0) {
                BigDecimal pace = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
                out.add(new Alert("threePublic", "“三公”经费 " + t.name() + " 已支出控制数的 " + FORMATS.pct(t.rate())
                        + "，快于序时进度 " + FORMATS.pct(pace) + "（截至 " + months + " 月）", threePublicAnchor(t)));
            }
        }
        if (!day.isBefore(LocalDate.of(year, 10, 1))) {
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorRow r = indicators.get(i);
                if (r.actual() == null || r.actual().isBlank()) {
                    out.add(new Alert("indicator", "绩效指标「" + r.name() + "」尚无实际完成值（"
                            + (day.getYear() > year ? "已过年终" : "已进入第四季度") + "）", indicatorAnchor(i)));
                }
            }
        }
        return out;
    }

    /** The months of the year gone by on this day, its own month included: 0 before the year, 12 after it. */
    static int monthsGone(int year, LocalDate day) {
        return day.getYear() < year ? 0 : day.getYear() > year ? 12 : day.getMonthValue();
    }

    public static String lineAnchor(String lineId) {
        return "line-" + lineId;
    }

    /** "threePublic.reception.actual" → three-public-reception. */
    public static String threePublicAnchor(Dashboard.ThreePublicRow t) {
        String figure = t.actualFigure();
        return "three-public-" + figure.substring(figure.indexOf('.') + 1, figure.lastIndexOf('.'));
    }

    public static String indicatorAnchor(int index) {
        return "indicator-" + (index + 1);
    }
}
