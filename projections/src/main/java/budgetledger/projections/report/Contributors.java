package budgetledger.projections.report;

import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.ProjectDef;
import budgetledger.projections.fold.SpendBucket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The "主要原因" a finance officer would otherwise dig out by hand: the spending buckets of both years in the
 * scope of a change figure, grouped by economic code or by project, largest change first. Read from the fold
 * states, never from typed prose; the groups (with the remainder row) add up to the change figure to the fen,
 * because the figure sums the same buckets.
 */
final class Contributors {
    static final String REST = "其他";
    private static final String NO_CODE = "（未列经济分类）";
    private static final String NO_PROJECT = "（基本支出，不属于项目）";

    private Contributors() {
    }

    static List<Contribution> byEconomicCode(LedgerView current, LedgerView prior, int year, Predicate<SpendBucket> scope) {
        ClassificationCatalogue now = ClassificationCatalogue.forYear(year);
        ClassificationCatalogue before = ClassificationCatalogue.forYear(year - 1);
        return group(current, prior, scope, SpendBucket::economicCode, code -> code == null ? NO_CODE
                : code + " " + now.economicName(code).or(() -> before.economicName(code)).orElse(""));
    }

    static List<Contribution> byProject(LedgerView current, LedgerView prior, Predicate<SpendBucket> scope) {
        return group(current, prior, scope, SpendBucket::projectCode, code -> code == null ? NO_PROJECT
                : current.performance().project(code).or(() -> prior.performance().project(code))
                .map(ProjectDef::name).orElse(code));
    }

    /**
     * The {@code n} largest changes (by absolute amount, then by key) and, when more groups changed, one "其他"
     * row for the rest; groups that did not change are left out.
     */
    static List<Contribution> largest(List<Contribution> all, int n) {
        List<Contribution> changed = all.stream().filter(c -> !c.change().isZero())
                .sorted(Comparator.comparing((Contribution c) -> abs(c.change())).reversed()
                        .thenComparing(Contribution::key, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        if (changed.size() <= n) {
            return changed;
        }
        List<Contribution> out = new ArrayList<>(changed.subList(0, n));
        Money current = Money.ZERO;
        Money prior = Money.ZERO;
        for (Contribution c : changed.subList(n, changed.size())) {
            current = current.plus(c.current());
            prior = prior.plus(c.prior());
        }
        out.add(new Contribution(REST, REST + "（" + (changed.size() - n) + " 项）", current, prior));
        return out;
    }

    private static List<Contribution> group(LedgerView current, LedgerView prior, Predicate<SpendBucket> scope,
                                            Function<SpendBucket, String> key, Function<String, String> label) {
        Map<String, Money[]> sums = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        add(sums, current, scope, key, 0);
        add(sums, prior, scope, key, 1);
        List<Contribution> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Contribution(k, label.apply(k), v[0], v[1])));
        return out;
    }

    private static void add(Map<String, Money[]> sums, LedgerView view, Predicate<SpendBucket> scope,
                            Function<SpendBucket, String> key, int year) {
        for (SpendBucket b : view.expenditure().buckets()) {
            if (scope.test(b)) {
                Money[] pair = sums.computeIfAbsent(key.apply(b), k -> new Money[]{Money.ZERO, Money.ZERO});
                pair[year] = pair[year].plus(b.amount());
            }
        }
    }

    private static Money abs(Money m) {
        return m.isNegative() ? m.negate() : m;
    }
}
