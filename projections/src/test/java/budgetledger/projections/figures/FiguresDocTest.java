package budgetledger.projections.figures;

import budgetledger.projections.testing.SeedLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/figures.md names exactly what the code emits: every figure of the seed's 2024 document (department and
 * project figures) matches a documented name once its prior./change. wrapping is taken off, and every documented
 * name is emitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresDocTest {
    private static final Pattern NAME = Pattern.compile("`([A-Za-z<>.]+)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z]+>");

    private List<String> department;
    private List<String> project;
    private FiguresDocument seed;

    @BeforeAll
    void read() throws IOException {
        String doc = Files.readString(SeedLedger.projectRoot().resolve("docs/figures.md"), StandardCharsets.UTF_8);
        department = namesOfTable(section(doc, "## Department figures", "### The prior year"));
        project = namesOfTable(section(doc, "## Project figures", "## Indicator rows"));
        SeedLedger ledger = SeedLedger.load();
        Instant asOf = Instant.parse("2025-04-15T15:59:59Z");
        seed = KeyFigures.build(ledger.view(2024, asOf, null), ledger.view(2023, asOf, null), asOf,
                LocalDate.of(2024, 12, 31), FiguresOptions.DEFAULT);
    }

    @Test
    void everyDepartmentFigureIsDocumentedAndEveryDocumentedOneEmitted() {
        assertThat(department).hasSizeGreaterThan(60);
        Set<String> bases = new TreeSet<>();
        for (String name : seed.figures().keySet()) {
            bases.add(base(name));
        }
        assertThat(bases).as("figures the code emits that docs/figures.md does not name")
                .allSatisfy(b -> assertThat(department).anyMatch(d -> matches(d, b)));
        assertThat(department).as("names docs/figures.md documents that the code does not emit")
                .allSatisfy(d -> assertThat(bases).anyMatch(b -> matches(d, b)));
        assertThat(bases).anyMatch(b -> b.startsWith("expenditure.function.2013"))
                .anyMatch(b -> b.startsWith("expenditure.economic.302"));
    }

    @Test
    void everyProjectFigureIsDocumentedAndEveryDocumentedOneEmitted() {
        Set<String> emitted = new TreeSet<>();
        seed.projects().forEach(p -> emitted.addAll(p.figures().keySet()));
        assertThat(emitted).isNotEmpty().allSatisfy(e -> assertThat(project).anyMatch(d -> matches(d, e)));
        assertThat(project).allSatisfy(d -> assertThat(emitted).anyMatch(e -> matches(d, e)));
    }

    /** The figure a prior./change. name wraps: change.X.rate and prior.X are both about X. */
    private static String base(String name) {
        if (name.startsWith("change.")) {
            String rest = name.substring("change.".length());
            return rest.endsWith(".rate") ? rest.substring(0, rest.length() - ".rate".length()) : rest;
        }
        return name.startsWith("prior.") ? name.substring("prior.".length()) : name;
    }

    private static boolean matches(String documented, String name) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(documented);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(documented.substring(at, m.start()))).append("[A-Za-z0-9]+");
            at = m.end();
        }
        regex.append(Pattern.quote(documented.substring(at)));
        return name.matches(regex.toString());
    }

    private static String section(String doc, String from, String to) {
        int start = doc.indexOf(from);
        int end = doc.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return doc.substring(start, end);
    }

    /** The backquoted names in the first column of the section's table rows. */
    private static List<String> namesOfTable(String section) {
        List<String> names = new ArrayList<>();
        for (String line : section.split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 3 || cells[1].isBlank() || cells[1].contains("---")) {
                continue;
            }
            Matcher m = NAME.matcher(cells[1]);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void theDocumentedPlaceholdersAreTheOnesTheCodeUses() {
        Map<String, Object> f = seed.figures();
        for (String nature : List.of("generalPublic", "govFund", "stateCapital", "socialInsurance", "other")) {
            assertThat(f).containsKeys("income." + nature, "expenditure.fund." + nature, "funds.available." + nature,
                    "budget.fund." + nature + ".full");
        }
        for (String cat : List.of("total", "vehicles", "vehiclePurchase", "vehicleOperation", "abroad", "reception")) {
            assertThat(f).containsKeys("threePublic." + cat + ".actual");
        }
        for (String c : List.of("business", "operations", "special")) {
            assertThat(f).containsKey("project.category." + c + ".budget");
        }
        for (String item : List.of("office", "utilitiesAndTravel", "meetingsAndTraining")) {
            assertThat(f).containsKey("public." + item + ".actual");
        }
        assertThat(seed.projects()).allSatisfy(p -> assertThat(p.figures()).containsKeys("fund.currentYear.full",
                "fund.carryOver.full", "fund.other.full"));
    }
}
