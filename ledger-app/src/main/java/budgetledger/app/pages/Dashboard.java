package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.figures.YearState;
import budgetledger.core.common.LedgerId;
import budgetledger.core.money.Money;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.ThreePublicLine;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the department-year dashboard shows, all read from the same folds as the API: the budget lines
 * ({@link YearState}), the key figures ({@link FiguresService}) for 三公 and the indicators, and the monthly execution
 * curve — cumulative spending through each month end, against 序时进度 (month ÷ 12). {@code asOf} null means now.
 */
@Component
public class Dashboard {
    private static final Formats FORMATS = new Formats();
    private final FiguresService figures;
    private final YearState yearState;

    public Dashboard(FiguresService figures, YearState yearState) {
        this.figures = figures;
        this.yearState = yearState;
    }

    /**
     * One 三公 category against its limit; {@code rate} = spent ÷ limit (null without a limit); {@code actualFigure}
     * names the spent figure, whose events the page links.
     */
    public record ThreePublicRow(String name, String actualFigure, Object actual, Object limit, BigDecimal rate) {
    }

    /** The curve: per month, cumulative execution rate and 序时进度, both in percent with two decimals. */
    public record Curve(List<String> months, List<BigDecimal> executed, List<BigDecimal> pace) {
    }

    public record View(YearState.State state, Map<String, Object> figures, List<ThreePublicRow> threePublic,
                       List<IndicatorRow> indicators, Curve curve, List<DashboardAlerts.Alert> alerts) {
    }

    public View of(String departmentId, int year, Instant asOf) {
        FiguresDocument doc = asOf == null ? figures.live(departmentId, year)
                : figures.replayed(departmentId, year, asOf, null);
        Map<String, Object> f = doc.figures();
        List<ThreePublicRow> threePublic = new ArrayList<>();
        for (ThreePublicLine line : ThreePublicLine.values()) {
            String actualFigure = "threePublic." + line.key() + ".actual";
            Object actual = f.get(actualFigure);
            Object limit = f.get("threePublic." + line.key() + ".budget");
            threePublic.add(new ThreePublicRow(line.nameZh(), actualFigure, actual, limit, FORMATS.ratio(actual, limit)));
        }
        List<IndicatorRow> indicators = doc.indicators().getOrDefault("department", List.of());
        YearState.State state = yearState.of(departmentId, year, asOf, null);
        LocalDate day = LocalDate.ofInstant(asOf == null ? Instant.now() : asOf, Formats.CHINA);
        return new View(state, f, threePublic, indicators,
                curve(departmentId, year, asOf, Money.parse(String.valueOf(f.get(FigureNames.BUDGET_FULL.key())))),
                DashboardAlerts.of(year, day, state.lines(), threePublic, indicators));
    }

    /** Spending through each month end, replayed as of the same moment as the rest of the page. */
    private Curve curve(String departmentId, int year, Instant asOf, Money full) {
        String ledgerId = LedgerId.of(departmentId, year);
        List<String> months = new ArrayList<>();
        List<BigDecimal> executed = new ArrayList<>();
        List<BigDecimal> pace = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Money spent = figures.replay(ledgerId, asOf == null ? Instant.now() : asOf, YearMonth.of(year, m).atEndOfMonth())
                    .expenditure().sum(b -> true);
            months.add(m + "月");
            BigDecimal rate = FORMATS.ratio(spent, full);
            executed.add(rate == null ? BigDecimal.ZERO : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP));
            pace.add(BigDecimal.valueOf(m * 100L).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
        }
        return new Curve(months, executed, pace);
    }
}
