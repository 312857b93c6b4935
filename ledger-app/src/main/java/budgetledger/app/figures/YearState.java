package budgetledger.app.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.LedgerId;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.BudgetLine;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.SpendBucket;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A department-year's budget lines with 年初 / 全年 / 执行 / 可用, read from the same fold as every report. */
@Component
public class YearState {
    private final FiguresService figures;

    public YearState(FiguresService figures) {
        this.figures = figures;
    }

    public record Line(String lineId, LineKind kind, FundNature fundNature, Vintage vintage, String functionalCode,
                       String economicCode, String projectCode, Money initial, Money full, Money executed,
                       Money available) {
    }

    public record State(String departmentId, int year, String departmentName, long lastSequence, Instant asOf,
                        LocalDate through, List<Line> lines) {
    }

    public State of(String departmentId, int year, Instant asOf, LocalDate through) {
        String ledgerId = LedgerId.of(departmentId, year);
        LedgerView view = figures.current(ledgerId, asOf, through);
        Map<String, Money> executed = view.expenditure().buckets().stream()
                .collect(Collectors.groupingBy(SpendBucket::lineId,
                        Collectors.reducing(Money.ZERO, SpendBucket::amount, Money::plus)));
        List<Line> lines = view.budget().lines().stream()
                .sorted(Comparator.comparing(BudgetLine::lineId))
                .map(l -> line(l, executed.getOrDefault(l.lineId(), Money.ZERO)))
                .toList();
        return new State(departmentId, year, view.departmentName(), view.lastSequence(), asOf, through, lines);
    }

    private static Line line(BudgetLine l, Money executed) {
        return new Line(l.lineId(), l.kind(), l.fundNature(), l.vintage(), l.functionalCode(), l.economicCode(),
                l.projectCode(), l.initialAmount(), l.full(), executed, l.full().minus(executed));
    }
}
