package budgetledger.projections.fold;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.money.Money;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.stream.RecordedEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random streams of adjustments, transfers, spending and reversals: the sums of the view equal the sums of the
 * events to the fen, every split adds up to its total, and both homes of the fold (live, and replay resumed from
 * stored JSON) arrive at the same view.
 */
class FoldPropertiesTest {
    private static final String[] LINES = {"personnel", "office", "p1", "p1-other"};
    private static final String[] CODES = {"30101", "30201", "30217", "30299", "31002"};

    /** One step: 0 supplement, 1 reduce, 2 transfer, 3 spend, 4 reverse, 5 income. */
    record Step(int what, int line, int other, int code, long fen) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, LINES.length - 1),
                        Arbitraries.integers().between(0, LINES.length - 1),
                        Arbitraries.integers().between(0, CODES.length - 1),
                        Arbitraries.longs().between(1, 500_00))
                .as(Step::new);
        return step.list().ofMaxSize(60);
    }

    @Property(tries = 100)
    void viewSumsEqualEventSums(@ForAll("steps") List<Step> steps) {
        Expected expected = new Expected();
        LedgerFixture f = play(steps, expected);
        Map<String, Object> figures = KeyFigures.build(f.view(), null, null, null, FiguresOptions.DEFAULT).figures();

        assertThat(figures.get("budget.full")).isEqualTo(Money.ofFen(expected.fullFen).toString());
        assertThat(figures.get("budget.initial")).isEqualTo(Money.ofFen(expected.initialFen).toString());
        assertThat(figures.get("expenditure.total")).isEqualTo(Money.ofFen(expected.spentFen).toString());
        assertThat(figures.get("income.total")).isEqualTo(Money.ofFen(expected.incomeFen).toString());
        assertThat(yuanSum(figures, "expenditure.basic", "expenditure.project")).isEqualTo(expected.spentFen);
        assertThat(yuanSum(figures, "expenditure.basic.personnel", "expenditure.basic.public"))
                .isEqualTo(yuanSum(figures, "expenditure.basic"));
        assertThat(yuanSum(figures, "expenditure.fund.generalPublic", "expenditure.fund.other"))
                .isEqualTo(expected.spentFen);
        assertThat(yuanSum(figures, "budget.basic.full", "budget.project.full")).isEqualTo(expected.fullFen);
        assertThat(figures.get("threePublic.reception.batches")).isEqualTo(expected.batches);
        assertThat(yuanSum(figures, "carryOver.closing"))
                .isEqualTo(expected.incomeFen - expected.spentFen);
    }

    @Property(tries = 60)
    void bothHomesAgreeWhereverTheStoredViewWasCut(@ForAll("steps") List<Step> steps,
                                                   @ForAll @IntRange(min = 0, max = 100) int cutPercent)
            throws Exception {
        LedgerFixture f = play(steps, new Expected());
        List<RecordedEvent> events = f.events();
        int cut = events.size() * cutPercent / 100;
        LedgerView stored = LedgerView.empty(f.ledgerId());
        events.subList(0, cut).forEach(stored::apply);
        LedgerView resumed = LedgerJson.mapper().readValue(LedgerJson.mapper().writeValueAsString(stored),
                LedgerView.class);
        events.subList(cut, events.size()).forEach(resumed::apply);
        assertThat(resumed).isEqualTo(f.view()).isEqualTo(Replay.fold(f.ledgerId(), events, null, null));
    }

    private record Spend(String id, String line, String code, long fen) {
    }

    /** What the steps should add up to, kept the simple way: plain sums over the accepted steps. */
    private static final class Expected {
        long initialFen;
        long fullFen;
        long spentFen;
        long incomeFen;
        int batches;
        final Map<String, Long> available = new java.util.HashMap<>();
    }

    /** Plays the steps as the ledger would accept them: no spending or reduction beyond what is available. */
    private static LedgerFixture play(List<Step> steps, Expected x) {
        LedgerFixture f = LedgerFixture.year(2024).project("p1", "业务工作开展专项经费", BUSINESS)
                .line("personnel", LineKind.BASIC_PERSONNEL, FundNature.GENERAL_PUBLIC, "2013201", "30101", null, "1000.00")
                .line("office", LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, "2013201", "30201", null, "1000.00")
                .line("p1", LineKind.PROJECT, FundNature.GENERAL_PUBLIC, "2013299", "30299", "p1", "1000.00")
                .line("p1-other", LineKind.PROJECT, FundNature.OTHER, "2013299", "30299", "p1", "1000.00");
        for (String l : LINES) {
            x.available.put(l, 1000_00L);
        }
        x.initialFen = x.fullFen = 4000_00L;
        List<Spend> spends = new ArrayList<>();
        int n = 0;
        for (Step s : steps) {
            String line = LINES[s.line()];
            String yuan = Money.ofFen(s.fen()).toString();
            long available = x.available.get(line);
            switch (s.what()) {
                case 0 -> {
                    f.supplement(line, yuan);
                    x.available.merge(line, s.fen(), Long::sum);
                    x.fullFen += s.fen();
                }
                case 1, 2 -> {
                    String to = LINES[s.other()];
                    boolean sameNature = line.equals("p1-other") == to.equals("p1-other");
                    if (s.fen() > available || (s.what() == 2 && (to.equals(line) || !sameNature))) {
                        continue;
                    }
                    x.available.merge(line, -s.fen(), Long::sum);
                    if (s.what() == 1) {
                        f.reduce(line, yuan);
                        x.fullFen -= s.fen();
                    } else {
                        f.transfer(line, to, yuan);
                        x.available.merge(to, s.fen(), Long::sum);
                    }
                }
                case 3 -> {
                    if (s.fen() > available) {
                        continue;
                    }
                    String id = "x" + n++;
                    String code = CODES[s.code()];
                    if (code.equals("30217")) {
                        f.spendOnReception(id, line, yuan, 1, 3);
                        x.batches += 1;
                    } else {
                        f.spend(id, line, code, yuan);
                    }
                    spends.add(new Spend(id, line, code, s.fen()));
                    x.available.merge(line, -s.fen(), Long::sum);
                    x.spentFen += s.fen();
                }
                case 4 -> {
                    if (spends.isEmpty()) {
                        continue;
                    }
                    Spend spend = spends.remove(s.other() % spends.size());
                    f.reverse(spend.id());
                    x.available.merge(spend.line(), spend.fen(), Long::sum);
                    x.spentFen -= spend.fen();
                    x.batches -= spend.code().equals("30217") ? 1 : 0;
                }
                default -> {
                    f.income(FundNature.GENERAL_PUBLIC, yuan);
                    x.incomeFen += s.fen();
                }
            }
        }
        return f;
    }

    private static long yuanSum(Map<String, Object> figures, String... names) {
        long fen = 0;
        for (String name : names) {
            fen += Money.parse((String) figures.get(name)).fen();
        }
        return fen;
    }
}
