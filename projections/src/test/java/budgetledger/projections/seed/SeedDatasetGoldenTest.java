package budgetledger.projections.seed;

import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.figures.ProjectFigures;
import budgetledger.projections.fold.LedgerView;
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
import java.util.Map;
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
        List<String> mismatches = new ArrayList<>();
        golden.get("figures").fields().forEachRemaining(e ->
                compare("figures." + e.getKey(), e.getValue(), doc.figures(), e.getKey(), mismatches));
        compareRows("indicators.department", golden.get("indicators").get("department"),
                doc.indicators().get("department"), mismatches);
        for (JsonNode expected : golden.get("projects")) {
            String name = expected.get("name").asText();
            ProjectFigures project = doc.projects().stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
            if (project == null) {
                mismatches.add("project " + name + ": missing");
                continue;
            }
            expected.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (key.equals("name") || key.equals("indicators")) {
                    return;
                }
                if (key.equals("category")) {
                    compareText(name + ".category", e.getValue().asText(), project.category(), mismatches);
                } else {
                    compare(name + "." + key, e.getValue(), project.figures(), key, mismatches);
                }
            });
            compareRows(name + ".indicators", expected.get("indicators"), project.indicators(), mismatches);
        }
        assertThat(mismatches).as("figures that differ from datasets/golden/yiyang-zzb-2024.json").isEmpty();
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

    private static void compare(String label, JsonNode expected, Map<String, Object> actual, String key,
                                List<String> mismatches) {
        if (!actual.containsKey(key)) {
            mismatches.add(label + ": missing (expected " + expected + ")");
            return;
        }
        Object got = actual.get(key);
        boolean same = expected.isIntegralNumber()
                ? got instanceof Number n && n.longValue() == expected.asLong() && !(got instanceof String)
                : expected.isNull() ? got == null : got instanceof String s && s.equals(expected.asText());
        if (!same) {
            mismatches.add(label + ": expected " + expected + ", got " + describe(got));
        }
    }

    private static void compareRows(String label, JsonNode expected, List<IndicatorRow> actual, List<String> mismatches) {
        if (actual == null || actual.size() != expected.size()) {
            mismatches.add(label + ": expected " + expected.size() + " rows, got " + (actual == null ? "none" : actual.size()));
            return;
        }
        Iterator<JsonNode> rows = expected.elements();
        for (int i = 0; rows.hasNext(); i++) {
            JsonNode want = rows.next();
            IndicatorRow got = actual.get(i);
            String at = label + "[" + i + "] " + want.get("name").asText();
            compareText(at + ".level1", want.get("level1").asText(), got.level1(), mismatches);
            compareText(at + ".level2", want.get("level2").asText(), got.level2(), mismatches);
            compareText(at + ".name", want.get("name").asText(), got.name(), mismatches);
            compareText(at + ".target", want.get("target").asText(), got.target(), mismatches);
            compareText(at + ".actual", want.get("actual").asText(), got.actual(), mismatches);
            compareText(at + ".weight", want.get("weight").asText(), got.weight(), mismatches);
            compareText(at + ".score", want.get("score").asText(), got.score(), mismatches);
        }
    }

    private static void compareText(String label, String expected, String actual, List<String> mismatches) {
        if (!expected.equals(actual)) {
            mismatches.add(label + ": expected \"" + expected + "\", got " + describe(actual));
        }
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
