package budgetledger.projections.seed;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.IndicatorDef;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.PerformanceFold;
import budgetledger.projections.testing.SeedLedger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped seed dataset (datasets/yiyang-zzb.jsonl) reproduces every number of the seed report: each line is
 * imported through the real department-year ledger, the stored events are replayed as of the submission
 * (2025-04-15 23:59:59 China time), and the key figures, the department's indicator rows and each project's form
 * must equal datasets/golden/yiyang-zzb-2024.json exactly. The one correction recorded after the submission must be
 * invisible as of that day and visible now, and change nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDatasetGoldenTest {
    /** 2025-04-15T23:59:59+08:00: the day the self-evaluation was signed (填报日期). */
    private static final Instant SUBMITTED = Instant.parse("2025-04-15T15:59:59Z");
    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);
    /** What the post-submission correction moves out of 办公费 (30201) into 印刷费 (30202). */
    private static final String CORRECTION_YUAN = "7300.00";

    private JsonNode golden;
    private SeedLedger seed;

    @BeforeAll
    void importTheDataset() throws IOException {
        seed = SeedLedger.load();
        golden = new ObjectMapper().readTree(SeedLedger.golden().toFile());
    }

    @Test
    void asSubmittedTheFiguresAreTheSeedReportsExactly() {
        FiguresDocument doc = figures(SUBMITTED);
        PerformanceFold performance = seed.view(2024, SUBMITTED, null).performance();
        Tally tally = new Tally();
        golden.get("figures").fields().forEachRemaining(e ->
                tally.value("figures." + e.getKey(), true, e.getValue(), doc.figures().get(e.getKey()),
                        doc.figures().containsKey(e.getKey())));
        compareRows("indicators.department", golden.get("indicators").get("department"),
                doc.indicators().get("department"), performance.indicatorsOf(null), tally);
        for (JsonNode expected : golden.get("projects")) {
            String name = expected.get("name").asText();
            ProjectFigures project = doc.projects().stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
            // the project's name is the one it was registered with: recorded text
            tally.text(name + ".name", false, name, project == null ? null : project.name());
            if (project == null) {
                continue;
            }
            expected.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (key.equals("category")) {
                    tally.text(name + ".category", false, e.getValue().asText(), project.category());
                } else if (!key.equals("name") && !key.equals("indicators")) {
                    tally.value(name + "." + key, true, e.getValue(), project.figures().get(key),
                            project.figures().containsKey(key));
                }
            });
            compareRows(name + ".indicators", expected.get("indicators"), project.indicators(),
                    performance.indicatorsOf(project.code()), tally);
        }
        System.out.println("seed golden values: " + tally);
        assertThat(tally.mismatches).as("values that differ from datasets/golden/yiyang-zzb-2024.json").isEmpty();
        assertThat(tally.checked()).as("every value of the golden file is checked once")
                .isEqualTo(valuesIn(golden.get("figures")) + valuesIn(golden.get("indicators"))
                        + valuesIn(golden.get("projects")));
        assertThat(tally.matched(true)).isEqualTo(tally.checked(true)).isPositive();
        assertThat(tally.matched(false)).isEqualTo(tally.checked(false)).isPositive();
        // the README quotes these counts; a new golden value must be classified before they change
        assertThat(tally).hasToString("derived 166 of 166, recorded 244 of 244");
        // the seed's 分值 add up to its forms' part weights: no part is capped, no note is printed
        assertThat(doc.partFindings()).isEmpty();
        assertThat(doc.projects()).allSatisfy(p -> assertThat(p.partFindings()).as(p.name()).isEmpty());
    }

    @Test
    void theCorrectionAfterTheSubmissionChangesOnlyTheOfficeExpenseFigures() {
        FiguresDocument submitted = figures(SUBMITTED);
        FiguresDocument now = figures(null);

        Set<String> changed = new TreeSet<>();
        for (String key : union(submitted.figures().keySet(), now.figures().keySet())) {
            if (!Objects.equals(submitted.figures().get(key), now.figures().get(key))) {
                changed.add(key);
            }
        }
        Set<String> goldenChanged = new TreeSet<>();
        golden.get("figures").fieldNames().forEachRemaining(k -> {
            if (changed.contains(k)) {
                goldenChanged.add(k);
            }
        });
        assertThat(goldenChanged).as("key figures of the golden file changed by the correction")
                .containsExactly("public.office.actual");
        assertThat(now.figures()).containsEntry("public.office.actual", "96000.00");
        assertThat(submitted.figures()).containsEntry("public.office.actual", "103300.00");
        // beyond the golden keys only the 30201 / 30202 roll-ups (and their change.* against 2023) may move
        assertThat(changed).allSatisfy(key -> assertThat(key).containsAnyOf("public.office.actual",
                "economic.30201", "economic.30202"));
        assertThat(yuan(submitted, "expenditure.economic.30201").subtract(yuan(now, "expenditure.economic.30201")))
                .isEqualByComparingTo(CORRECTION_YUAN);
        assertThat(yuan(now, "expenditure.economic.30202").subtract(yuan(submitted, "expenditure.economic.30202")))
                .isEqualByComparingTo(CORRECTION_YUAN);
        // the forms' totals, indicator rows and project forms are untouched
        assertThat(now.indicators()).isEqualTo(submitted.indicators());
        assertThat(now.projects()).isEqualTo(submitted.projects());
        assertThat(now.figures().get("expenditure.basic.public")).isEqualTo(submitted.figures().get("expenditure.basic.public"));
    }

    // ---- replay ----

    private FiguresDocument figures(Instant asOf) {
        LedgerView year2024 = seed.view(2024, asOf, null);
        LedgerView year2023 = seed.view(2023, asOf, null);
        return KeyFigures.build(year2024, year2023, asOf != null ? asOf : Instant.now(), YEAR_END, FiguresOptions.DEFAULT);
    }

    // ---- comparison ----

    /**
     * The golden values by what the ledger does with them. Derived: computed from the events (every key figure, a
     * project's money, rates and scores, a quantitative indicator's score, the actual of an indicator bound to a
     * ledger measure). Recorded: text the ledger stores as it was typed and prints back (project names and
     * categories, an indicator's levels, name, target and weight, a typed actual, a qualitative indicator's score
     * as the evaluator gave it) — reproducing those proves the dataset holds them, not that anything was computed.
     */
    private static final class Tally {
        final List<String> mismatches = new ArrayList<>();
        private final int[] checked = new int[2];
        private final int[] matched = new int[2];

        void value(String label, boolean derived, JsonNode expected, Object got, boolean present) {
            boolean same = present && (expected.isIntegralNumber()
                    ? got instanceof Number n && n.longValue() == expected.asLong()
                    : expected.isNull() ? got == null : got instanceof String s && s.equals(expected.asText()));
            count(derived, same, label + ": expected " + expected + ", got " + (present ? describe(got) : "nothing"));
        }

        void text(String label, boolean derived, String expected, String got) {
            count(derived, expected.equals(got), label + ": expected \"" + expected + "\", got " + describe(got));
        }

        void missing(String label, int values) {
            mismatches.add(label);
            checked[1] += values; // counted as recorded so that the total still says what was not compared
        }

        private void count(boolean derived, boolean same, String mismatch) {
            int kind = derived ? 0 : 1;
            checked[kind]++;
            if (same) {
                matched[kind]++;
            } else {
                mismatches.add(mismatch);
            }
        }

        int checked(boolean derived) {
            return checked[derived ? 0 : 1];
        }

        int matched(boolean derived) {
            return matched[derived ? 0 : 1];
        }

        int checked() {
            return checked[0] + checked[1];
        }

        @Override
        public String toString() {
            return "derived " + matched[0] + " of " + checked[0] + ", recorded " + matched[1] + " of " + checked[1];
        }
    }

    /** Each row's cells, classified by the indicator's definition: bound to a measure, qualitative or typed. */
    private static void compareRows(String label, JsonNode expected, List<IndicatorRow> actual, List<IndicatorDef> defs,
                                    Tally tally) {
        if (actual == null || actual.size() != expected.size() || defs.size() != expected.size()) {
            tally.missing(label + ": expected " + expected.size() + " rows, got "
                    + (actual == null ? "none" : actual.size()), valuesIn(expected));
            return;
        }
        Iterator<JsonNode> rows = expected.elements();
        for (int i = 0; rows.hasNext(); i++) {
            JsonNode want = rows.next();
            IndicatorRow got = actual.get(i);
            IndicatorDef def = defs.get(i);
            String at = label + "[" + i + "] " + want.get("name").asText();
            tally.text(at + ".level1", false, want.get("level1").asText(), got.level1());
            tally.text(at + ".level2", false, want.get("level2").asText(), got.level2());
            tally.text(at + ".name", false, want.get("name").asText(), got.name());
            tally.text(at + ".target", false, want.get("target").asText(), got.target());
            tally.text(at + ".weight", false, want.get("weight").asText(), got.weight());
            tally.text(at + ".actual", def.measure() != null, want.get("actual").asText(), got.actual());
            tally.text(at + ".score", !def.target().qualitative(), want.get("score").asText(), got.score());
        }
    }

    /** How many values (leaves) a part of the golden file holds. */
    private static int valuesIn(JsonNode node) {
        if (!node.isContainerNode()) {
            return 1;
        }
        int n = 0;
        for (JsonNode child : node) {
            n += valuesIn(child);
        }
        return n;
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : value == null ? "null"
                : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static java.math.BigDecimal yuan(FiguresDocument doc, String key) {
        Object v = doc.figures().get(key);
        return v == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(v.toString());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
