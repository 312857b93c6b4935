package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetLine;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.eventhandling.DomainEventMessage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random command sequences against the ledger (rebuilt from its stored events before every command). After every
 * step, to the fen: each line's full-year budget = initial + supplements − reductions + transfers in − out,
 * executed = the sum of its unreversed expenditures, available = full − executed ≥ 0, 三公 spending within its
 * limits; the ledger accepts exactly what an independent model of the rules accepts, refuses with the model's
 * code, and a refused or repeated command writes nothing and changes nothing.
 */
class LedgerInvariantProperties {
    private static final String[] LINES = {"L0", "L1", "L2"};
    private static final String[] CODES = {OFFICE, RECEPTION, VEHICLE_OPERATION};
    private static final ThreePublicCategory[] LIMITED = {ThreePublicCategory.VEHICLE_OPERATION,
            ThreePublicCategory.RECEPTION};

    sealed interface Step permits Supplement, Reduce, Transfer, Spend, Reverse, ReverseAgain, SetLimit, Retry, Conflict,
            Close {
    }

    /**
     * An amount in fen: fixed, or — to hit the boundaries — relative to what the line has available when the
     * step runs (available − 1, available, available + 1; zero or less is then an invalid amount).
     */
    record Amount(long fixedFen, int offsetFromAvailable, boolean relative) {
        long fen(long available) {
            return relative ? available + offsetFromAvailable : fixedFen;
        }

        @Override
        public String toString() {
            return relative ? "available" + (offsetFromAvailable >= 0 ? "+" : "") + offsetFromAvailable : fixedFen + "fen";
        }
    }

    record Supplement(int line, long fen) implements Step {
    }

    record Reduce(int line, Amount amount) implements Step {
    }

    record Transfer(int from, int to, Amount amount) implements Step {
    }

    record Spend(int line, Amount amount, int code) implements Step {
    }

    /** Reverses the n-th most recently recorded expenditure (or an unknown one when there are fewer). */
    record Reverse(int recent) implements Step {
    }

    /** Reverses the most recently reversed expenditure once more (or an unknown one when none was reversed). */
    record ReverseAgain() implements Step {
    }

    /**
     * Sets one 三公 category's limit (0 公务用车运行维护费, 1 公务接待费), fixed or relative to what the category has
     * already spent (spent − 1, spent, spent + 1); the other categories keep their limits.
     */
    record SetLimit(int category, Amount amount) implements Step {
    }

    /** Sends the n-th most recent command again with its idempotency key and the same body. */
    record Retry(int recent) implements Step {
    }

    /** Sends a different command under the n-th most recent command's idempotency key. */
    record Conflict(int recent) implements Step {
    }

    record Close() implements Step {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, LINES.length - 1);
        Arbitrary<Long> fen = Arbitraries.longs().between(1, 400_000).withDistribution(
                net.jqwik.api.RandomDistribution.biased());
        // half the vouchers are 办公费, the rest 三公 (公务接待费, 公务用车运行维护费)
        Arbitrary<Integer> code = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 1), Tuple.of(1, 2));
        Arbitrary<Long> limit = Arbitraries.longs().between(0, 300_000);
        Arbitrary<Amount> amount = Arbitraries.oneOf(
                fen.map(f -> new Amount(f, 0, false)),
                Arbitraries.integers().between(-1, 1).map(o -> new Amount(0, o, true)));
        Arbitrary<Amount> limitAmount = Arbitraries.frequencyOf(
                Tuple.of(1, limit.map(f -> new Amount(f, 0, false))),
                Tuple.of(2, Arbitraries.integers().between(-1, 1).map(o -> new Amount(0, o, true))));
        Arbitrary<Integer> earlier = Arbitraries.integers().between(0, 6);
        return Arbitraries.<Step>frequencyOf(
                Tuple.of(8, Combinators.combine(line, fen).as(Supplement::new)),
                Tuple.of(7, Combinators.combine(line, amount).as(Reduce::new)),
                Tuple.of(9, Combinators.combine(Arbitraries.integers().between(0, 1), amount)
                        .as((from, a) -> new Transfer(from, 1 - from, a))),
                Tuple.of(2, Combinators.combine(line, line, amount).as(Transfer::new)),
                Tuple.of(22, Combinators.combine(line, amount, code).as(Spend::new)),
                Tuple.of(9, Arbitraries.integers().between(0, 3).map(Reverse::new)),
                Tuple.of(2, Arbitraries.just(new ReverseAgain())),
                Tuple.of(7, Combinators.combine(Arbitraries.integers().between(0, 1), limitAmount).as(SetLimit::new)),
                Tuple.of(6, earlier.map(Retry::new)),
                Tuple.of(3, earlier.map(Conflict::new)),
                Tuple.of(1, Arbitraries.just(new Close()))
        ).list().ofMinSize(1).ofMaxSize(50).withSizeDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Long> initial() {
        return Arbitraries.longs().between(1, 1_000_000).withDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Long> initialLimit() {
        return Arbitraries.longs().between(0, 500_000).withDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    @Property(tries = 100)
    void everyStepKeepsTheBudgetIdentitiesToTheFen(@ForAll("steps") List<Step> steps,
                                                   @ForAll("initial") long initial0,
                                                   @ForAll("initial") long initial1,
                                                   @ForAll("initial") long initial2,
                                                   @ForAll("initialLimit") long vehicleOperationLimit,
                                                   @ForAll("initialLimit") long receptionLimit) {
        try (InMemoryLedger ledger = new InMemoryLedger()) {
            new Run(ledger, new long[]{initial0, initial1, initial2}, vehicleOperationLimit, receptionLimit).play(steps);
        }
        // the sequences must reach the rules' edges, or the property proves little
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("Spend", "ACCEPTED").count(n -> n > 0);
            coverage.check("Spend", "BUDGET_EXCEEDED").count(n -> n > 0);
            coverage.check("Spend", "THREE_PUBLIC_LIMIT_EXCEEDED").count(n -> n > 0);
            coverage.check("Reduce", "REDUCTION_EXCEEDS_AVAILABLE").count(n -> n > 0);
            coverage.check("Transfer", "ACCEPTED").count(n -> n > 0);
            coverage.check("Transfer", "REDUCTION_EXCEEDS_AVAILABLE").count(n -> n > 0);
            coverage.check("Reverse", "ACCEPTED").count(n -> n > 0);
            coverage.checkQuery(values -> values.get(1).equals("ALREADY_REVERSED")).count(n -> n > 0);
            coverage.check("SetLimit", "THREE_PUBLIC_LIMIT_EXCEEDED").count(n -> n > 0);
            coverage.check("Retry", "REPEATED").count(n -> n > 0);
            coverage.check("Conflict", "IDEMPOTENCY_CONFLICT").count(n -> n > 0);
            coverage.check("Spend", "YEAR_CLOSED").count(n -> n > 0);
        });
    }

    /** One sequence: the ledger, the model of its rules, and the commands sent so far. */
    static final class Run {
        private final InMemoryLedger ledger;
        private final Model model = new Model();
        private final List<Sent> sent = new ArrayList<>();
        private final Map<String, Recorded> firstByKey = new HashMap<>();
        private final Map<String, Object> firstCommandByKey = new HashMap<>();
        private final List<String> expenditureIds = new ArrayList<>();

        Run(InMemoryLedger ledger, long[] initial, long vehicleOperationLimit, long receptionLimit) {
            this.ledger = ledger;
            ledger.send(openYear());
            ledger.send(publicLine(LINES[0], Money.ofFen(initial[0]).toString()));
            ledger.send(publicLine(LINES[1], Money.ofFen(initial[1]).toString()));
            ledger.send(otherFundsLine(LINES[2], Money.ofFen(initial[2]).toString()));
            for (int i = 0; i < LINES.length; i++) {
                model.lines.put(LINES[i], new ModelLine(i < 2 ? "public" : "other", initial[i], 0));
            }
            Object limits = threePublicLimits("0", "0", fen(vehicleOperationLimit), fen(receptionLimit));
            ledger.send(limits);
            model.apply(limits);
            checkInvariants();
        }

        void play(List<Step> steps) {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step instanceof Retry r) {
                    if (r.recent() < sent.size()) {
                        Sent earlier = sent.get(sent.size() - 1 - r.recent());
                        send(earlier.command(), earlier.key(), earlier.step(), "step " + i + " " + step);
                    }
                } else if (step instanceof Conflict c) {
                    if (c.recent() < sent.size()) {
                        // no generated supplement is this large, so the body always differs from the earlier one
                        Step other = new Supplement(0, 1_000_000_007L);
                        send(command(other), sent.get(sent.size() - 1 - c.recent()).key(), other,
                                "step " + i + " " + step);
                    }
                } else {
                    String key = "k-" + i;
                    Object command = command(step);
                    sent.add(new Sent(command, key, step));
                    send(command, key, step, "step " + i + " " + step);
                }
                checkInvariants();
            }
        }

        private Object command(Step step) {
            if (step instanceof Supplement s) {
                return supplement(LINES[s.line()], fen(s.fen()));
            } else if (step instanceof Reduce r) {
                return reduction(LINES[r.line()], fen(r.amount().fen(model.available(LINES[r.line()]))));
            } else if (step instanceof Transfer t) {
                return transfer(LINES[t.from()], LINES[t.to()], fen(t.amount().fen(model.available(LINES[t.from()]))));
            } else if (step instanceof Spend s) {
                return spend(nextExpenditureId(), LINES[s.line()], fen(s.amount().fen(model.available(LINES[s.line()]))),
                        CODES[s.code()]);
            } else if (step instanceof Reverse r) {
                List<String> recorded = model.recordedExpenditures;
                int n = recorded.size();
                return reversal(r.recent() < n ? recorded.get(n - 1 - r.recent()) : "E-none");
            } else if (step instanceof ReverseAgain) {
                return reversal(model.lastReversed == null ? "E-none" : model.lastReversed);
            } else if (step instanceof SetLimit l) {
                ThreePublicCategory changed = LIMITED[l.category()];
                long[] limits = new long[LIMITED.length];
                for (int c = 0; c < LIMITED.length; c++) {
                    limits[c] = LIMITED[c] == changed ? l.amount().fen(model.spent.getOrDefault(changed, 0L))
                            : model.limits.getOrDefault(LIMITED[c], 0L);
                }
                return threePublicLimits("0", "0", fen(limits[0]), fen(limits[1]));
            } else if (step instanceof Close) {
                return close();
            }
            throw new IllegalArgumentException(String.valueOf(step));
        }

        private String nextExpenditureId() {
            String id = "E" + expenditureIds.size();
            expenditureIds.add(id);
            return id;
        }

        private static String fen(long fen) {
            return Money.ofFen(fen).toString();
        }

        private void send(Object command, String key, Step step, String label) {
            String kind = label.contains("Retry") ? "Retry" : label.contains("Conflict") ? "Conflict"
                    : step.getClass().getSimpleName();
            int eventsBefore = ledger.events(LEDGER_ID).size();
            Map<String, BudgetLine> linesBefore = lines();
            Recorded first = firstByKey.get(key);
            Optional<ErrorCode> expected;
            if (first != null) {
                expected = firstCommandByKey.get(key).equals(command)
                        ? Optional.empty() : Optional.of(ErrorCode.IDEMPOTENCY_CONFLICT);
            } else {
                expected = model.refusal(command);
            }

            Object result;
            try {
                result = ledger.send(command, Map.of(AuditKeys.IDEMPOTENCY_KEY, key));
            } catch (LedgerException e) {
                assertThat(expected).as("%s: %s was refused with %s (%s)", label, step, e.code(), e.getMessage())
                        .isPresent();
                assertThat(e.code()).as("%s: refusal code of %s", label, step).isEqualTo(expected.get());
                assertThat(ledger.events(LEDGER_ID)).as("%s: a refusal writes nothing", label).hasSize(eventsBefore);
                assertThat(lines()).as("%s: a refusal changes nothing", label).isEqualTo(linesBefore);
                Statistics.label("outcome").collect(kind, e.code().name());
                return;
            }
            assertThat(expected).as("%s: %s was accepted but the rules refuse it", label, step).isEmpty();
            if (first != null) {
                assertThat(result).as("%s: a repeat returns the first result", label)
                        .isEqualTo(new Recorded(first.id(), first.sequence(), true));
                assertThat(ledger.events(LEDGER_ID)).as("%s: a repeat writes nothing", label).hasSize(eventsBefore);
                assertThat(lines()).as("%s: a repeat changes nothing", label).isEqualTo(linesBefore);
                Statistics.label("outcome").collect(kind, "REPEATED");
                return;
            }
            Recorded recorded = (Recorded) result;
            assertThat(recorded.repeated()).isFalse();
            assertThat(recorded.sequence()).as("%s: sequence of the new event", label).isEqualTo(eventsBefore);
            assertThat(ledger.events(LEDGER_ID)).as("%s: one event per accepted command", label)
                    .hasSize(eventsBefore + 1);
            firstByKey.put(key, recorded);
            firstCommandByKey.put(key, command);
            Statistics.label("outcome").collect(kind, "ACCEPTED");
            model.apply(command);
        }

        @SuppressWarnings("unchecked")
        private static <T> T privateField(Object owner, String name) {
            try {
                java.lang.reflect.Field f = owner.getClass().getDeclaredField(name);
                f.setAccessible(true);
                return (T) f.get(owner);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The aggregate's own budget lines, as its rules see them (not the fold's). */
        private static Map<String, BudgetLine> linesOf(DepartmentYearLedger aggregate) {
            LedgerBooks books = InMemoryLedger.field(aggregate, "books");
            return books.lines.sorted().stream().collect(java.util.stream.Collectors.toMap(BudgetLine::lineId, l -> l));
        }

        private Map<String, BudgetLine> lines() {
            return ledger.inspect(LEDGER_ID, Run::linesOf);
        }

        private void checkInvariants() {
            Fold fold = Fold.of(ledger.events(LEDGER_ID));
            ledger.inspect(LEDGER_ID, aggregate -> {
                Map<String, BudgetLine> lines = linesOf(aggregate);
                assertThat(lines.keySet()).containsExactlyInAnyOrder(LINES);
                for (String id : LINES) {
                    BudgetLine line = lines.get(id);
                    ModelLine expected = model.lines.get(id);
                    assertThat(line.fullFen()).as("full-year budget of %s", id)
                            .isEqualTo(fold.initial(id) + fold.supplements(id) - fold.reductions(id)
                                    + fold.transfersIn(id) - fold.transfersOut(id))
                            .isEqualTo(expected.fullFen);
                    assertThat(line.executedFen()).as("executed of %s", id)
                            .isEqualTo(fold.unreversedSpending(id))
                            .isEqualTo(expected.executedFen);
                    assertThat(line.availableFen()).as("available of %s", id)
                            .isEqualTo(line.fullFen() - line.executedFen())
                            .isGreaterThanOrEqualTo(0);
                }
                // the 三公 control's own state, as its rules see it (threepublic.ThreePublicControl in the books)
                LedgerBooks books = InMemoryLedger.field(aggregate, "books");
                Map<ThreePublicCategory, Long> spent = privateField(books.threePublic, "spentFen");
                Map<ThreePublicCategory, Long> limits = privateField(books.threePublic, "limitFen");
                for (ThreePublicCategory c : ThreePublicCategory.values()) {
                    assertThat(spent.getOrDefault(c, 0L)).as("三公 %s spent", c)
                            .isEqualTo(model.spent.getOrDefault(c, 0L))
                            .isLessThanOrEqualTo(limits.getOrDefault(c, 0L));
                }
                assertThat(books.closed).isEqualTo(model.closed);
                return null;
            });
        }
    }

    record Sent(Object command, String key, Step step) {
    }

    static final class ModelLine {
        final String nature;
        long fullFen;
        long executedFen;

        ModelLine(String nature, long fullFen, long executedFen) {
            this.nature = nature;
            this.fullFen = fullFen;
            this.executedFen = executedFen;
        }
    }

    record ModelSpend(String lineId, long fen, ThreePublicCategory category, boolean reversed) {
    }

    /** The rules, written again from the design notes, independently of the aggregate. */
    static final class Model {
        final Map<String, ModelLine> lines = new LinkedHashMap<>();
        final Map<String, ModelSpend> spends = new HashMap<>();
        final List<String> recordedExpenditures = new ArrayList<>();
        String lastReversed;
        final Map<ThreePublicCategory, Long> limits = new EnumMap<>(ThreePublicCategory.class);
        final Map<ThreePublicCategory, Long> spent = new EnumMap<>(ThreePublicCategory.class);
        boolean closed;

        long available(String lineId) {
            ModelLine l = lines.get(lineId);
            return l.fullFen - l.executedFen;
        }

        Optional<ErrorCode> refusal(Object command) {
            if (closed) {
                return Optional.of(ErrorCode.YEAR_CLOSED);
            }
            if (command instanceof budgetledger.core.budget.AdjustBudget a) {
                if (a.amount().fen() <= 0) {
                    return Optional.of(ErrorCode.INVALID_AMOUNT);
                }
                boolean tooMuch = a.direction() == AdjustmentDirection.REDUCTION && a.amount().fen() > available(a.lineId());
                return tooMuch ? Optional.of(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE) : Optional.empty();
            }
            if (command instanceof budgetledger.core.budget.TransferBudget t) {
                if (t.fromLineId().equals(t.toLineId())
                        || !lines.get(t.fromLineId()).nature.equals(lines.get(t.toLineId()).nature)) {
                    return Optional.of(ErrorCode.INVALID_REQUEST);
                }
                if (t.amount().fen() <= 0) {
                    return Optional.of(ErrorCode.INVALID_AMOUNT);
                }
                return t.amount().fen() > available(t.fromLineId())
                        ? Optional.of(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE) : Optional.empty();
            }
            if (command instanceof budgetledger.core.expenditure.RecordExpenditure e) {
                if (e.amount().fen() <= 0) {
                    return Optional.of(ErrorCode.INVALID_AMOUNT);
                }
                if (e.amount().fen() > available(e.lineId())) {
                    return Optional.of(ErrorCode.BUDGET_EXCEEDED);
                }
                ThreePublicCategory c = category(e.economicCode());
                if (c != null && spent.getOrDefault(c, 0L) + e.amount().fen() > limits.getOrDefault(c, 0L)) {
                    return Optional.of(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED);
                }
                return Optional.empty();
            }
            if (command instanceof budgetledger.core.expenditure.ReverseExpenditure r) {
                ModelSpend s = spends.get(r.expenditureId());
                if (s == null) {
                    return Optional.of(ErrorCode.UNKNOWN_EXPENDITURE);
                }
                return s.reversed() ? Optional.of(ErrorCode.ALREADY_REVERSED) : Optional.empty();
            }
            if (command instanceof budgetledger.core.threepublic.SetThreePublicLimits l) {
                // checked category by category, in the order of the command's fields
                for (var limit : List.of(Map.entry(ThreePublicCategory.VEHICLE_OPERATION, l.vehicleOperation()),
                        Map.entry(ThreePublicCategory.RECEPTION, l.reception()))) {
                    if (limit.getValue().isNegative()) {
                        return Optional.of(ErrorCode.INVALID_AMOUNT);
                    }
                    if (limit.getValue().fen() < spent.getOrDefault(limit.getKey(), 0L)) {
                        return Optional.of(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED);
                    }
                }
                return Optional.empty();
            }
            return Optional.empty(); // CloseFiscalYear on an open year
        }

        void apply(Object command) {
            if (command instanceof budgetledger.core.budget.AdjustBudget a) {
                long delta = a.direction() == AdjustmentDirection.SUPPLEMENT ? a.amount().fen() : -a.amount().fen();
                lines.get(a.lineId()).fullFen += delta;
            } else if (command instanceof budgetledger.core.budget.TransferBudget t) {
                lines.get(t.fromLineId()).fullFen -= t.amount().fen();
                lines.get(t.toLineId()).fullFen += t.amount().fen();
            } else if (command instanceof budgetledger.core.expenditure.RecordExpenditure e) {
                ThreePublicCategory c = category(e.economicCode());
                lines.get(e.lineId()).executedFen += e.amount().fen();
                spends.put(e.expenditureId(), new ModelSpend(e.lineId(), e.amount().fen(), c, false));
                recordedExpenditures.add(e.expenditureId());
                if (c != null) {
                    spent.merge(c, e.amount().fen(), Long::sum);
                }
            } else if (command instanceof budgetledger.core.expenditure.ReverseExpenditure r) {
                ModelSpend s = spends.get(r.expenditureId());
                lines.get(s.lineId()).executedFen -= s.fen();
                spends.put(r.expenditureId(), new ModelSpend(s.lineId(), s.fen(), s.category(), true));
                lastReversed = r.expenditureId();
                if (s.category() != null) {
                    spent.merge(s.category(), -s.fen(), Long::sum);
                }
            } else if (command instanceof budgetledger.core.threepublic.SetThreePublicLimits l) {
                limits.put(ThreePublicCategory.ABROAD, l.abroad().fen());
                limits.put(ThreePublicCategory.VEHICLE_PURCHASE, l.vehiclePurchase().fen());
                limits.put(ThreePublicCategory.VEHICLE_OPERATION, l.vehicleOperation().fen());
                limits.put(ThreePublicCategory.RECEPTION, l.reception().fen());
            } else if (command instanceof budgetledger.core.yearend.CloseFiscalYear) {
                closed = true;
            }
        }

        private static ThreePublicCategory category(String economicCode) {
            return switch (economicCode) {
                case RECEPTION -> ThreePublicCategory.RECEPTION;
                case VEHICLE_OPERATION -> ThreePublicCategory.VEHICLE_OPERATION;
                default -> null;
            };
        }
    }

    /** Sums per line straight from the stored events — the identities are checked against these. */
    record Fold(Map<String, Long> initial, Map<String, Long> supplements, Map<String, Long> reductions,
                Map<String, Long> in, Map<String, Long> out, Map<String, ExpenditureRecorded> spent,
                java.util.Set<String> reversed) {
        static Fold of(List<DomainEventMessage<?>> events) {
            Fold f = new Fold(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                    new HashMap<>(), new java.util.HashSet<>());
            for (DomainEventMessage<?> m : events) {
                Object e = m.getPayload();
                if (e instanceof AppropriationRecorded a) {
                    f.initial.merge(a.lineId(), a.amount().fen(), Long::sum);
                } else if (e instanceof BudgetAdjusted a) {
                    (a.direction() == AdjustmentDirection.SUPPLEMENT ? f.supplements : f.reductions)
                            .merge(a.lineId(), a.amount().fen(), Long::sum);
                } else if (e instanceof BudgetTransferred t) {
                    f.out.merge(t.fromLineId(), t.amount().fen(), Long::sum);
                    f.in.merge(t.toLineId(), t.amount().fen(), Long::sum);
                } else if (e instanceof ExpenditureRecorded r) {
                    f.spent.put(r.expenditureId(), r);
                } else if (e instanceof ExpenditureReversed r) {
                    f.reversed.add(r.expenditureId());
                }
            }
            return f;
        }

        long initial(String line) {
            return initial.getOrDefault(line, 0L);
        }

        long supplements(String line) {
            return supplements.getOrDefault(line, 0L);
        }

        long reductions(String line) {
            return reductions.getOrDefault(line, 0L);
        }

        long transfersIn(String line) {
            return in.getOrDefault(line, 0L);
        }

        long transfersOut(String line) {
            return out.getOrDefault(line, 0L);
        }

        long unreversedSpending(String line) {
            return spent.values().stream()
                    .filter(r -> r.posting().lineId().equals(line) && !reversed.contains(r.expenditureId()))
                    .mapToLong(r -> r.posting().amount().fen())
                    .sum();
        }
    }
}
