package budgetledger.app.seed;

import budgetledger.app.cli.LedgerCli;
import budgetledger.app.figures.FiguresService;
import budgetledger.app.figures.ViewStore;
import budgetledger.app.ledger.Importer;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.reconcile.Reconciliation;
import budgetledger.projections.stream.RecordedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed dataset imported into PostgreSQL reproduces every golden figure of the 2024 self-evaluation as of the
 * submission day; today's figures differ by exactly the post-submission correction; the hand-typed seed's slips
 * are named by reconciliation, and the live home agrees with the replayed one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedGoldenTest extends PostgresIntegrationTest {
    static final Instant SUBMISSION = OffsetDateTime.parse("2025-04-15T23:59:59+08:00").toInstant();
    static final Path DATASET = SeedFiles.find("datasets/yiyang-zzb.jsonl");
    static final Path GOLDEN = SeedFiles.find("datasets/golden/yiyang-zzb-2024.json");
    static final Path DISCREPANCIES = SeedFiles.find("datasets/golden/seed-discrepancies.md");

    @Autowired
    Importer importer;
    @Autowired
    FiguresService figures;
    @Autowired
    StoredEvents events;
    @Autowired
    ViewStore views;
    @Autowired
    budgetledger.app.audit.AuditService audit;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    @BeforeAll
    void importSeed() throws Exception {
        StringWriter err = new StringWriter();
        Importer.Result result = importer.importFile(DATASET, "admin", false, new PrintWriter(err));
        assertThat(result.rejected()).as(err.toString()).isEmpty();
        assertThat(result.applied()).isEqualTo(Files.readAllLines(DATASET).stream().filter(l -> !l.isBlank()).count());
    }

    @Test
    void everyGoldenFigureAsOfTheSubmissionDay() throws Exception {
        JsonNode golden = LedgerJson.mapper().readTree(GOLDEN.toFile());
        FiguresDocument doc = figures.replayed("yiyang-zzb", 2024, SUBMISSION, null);

        Reconciliation.Result result = Reconciliation.reconcile(golden, doc);

        assertThat(result.differences()).isEmpty();
        assertThat(result.contradictions()).isEmpty();
        assertThat(result.figuresChecked()).isGreaterThanOrEqualTo(golden.path("figures").size());
        assertThat(doc.departmentName()).isEqualTo("中共益阳市委组织部");
    }

    @Test
    void theCliPrintsTheGoldenFiguresAsOfTheSubmission() throws Exception {
        String json = cli("report", "--department", "yiyang-zzb", "--year", "2024", "--format", "figures-json",
                "--as-of", "2025-04-15T23:59:59+08:00");
        JsonNode printed = LedgerJson.mapper().readTree(json);

        Reconciliation.Result result = Reconciliation.reconcile(LedgerJson.mapper().readTree(GOLDEN.toFile()),
                LedgerJson.mapper().treeToValue(printed, FiguresDocument.class));

        assertThat(result.differences()).isEmpty();
        assertThat(printed.path("figures").path("execution.rate").asText()).isEqualTo("0.9656");
    }

    @Test
    void todayDiffersFromTheSubmissionByExactlyTheCorrection() {
        List<RecordedEvent> later = events.stream("yiyang-zzb/2024").stream()
                .filter(e -> e.recordedTime().isAfter(SUBMISSION)).toList();
        assertThat(later).isNotEmpty().allMatch(e -> e.payload() instanceof ExpenditureRecorded
                || e.payload() instanceof ExpenditureReversed);

        Map<String, Object> then = figures.replayed("yiyang-zzb", 2024, SUBMISSION, null).figures();
        Map<String, Object> now = figures.replayed("yiyang-zzb", 2024, null, null).figures();
        Set<String> changed = new TreeSet<>();
        now.forEach((k, v) -> {
            if (!String.valueOf(v).equals(String.valueOf(then.get(k)))) {
                changed.add(k);
            }
        });

        assertThat(changed).isEqualTo(expectedChanges(later, now.keySet()));
        assertThat(now.get("expenditure.total")).isEqualTo(then.get("expenditure.total"));
    }

    /** What a reclassification between economic codes moves: those codes' figures and the 公用经费 items holding them. */
    private static Set<String> expectedChanges(List<RecordedEvent> correction, Set<String> names) {
        Map<String, BigDecimal> netByCode = new java.util.HashMap<>();
        for (RecordedEvent e : correction) {
            if (e.payload() instanceof ExpenditureRecorded r) {
                netByCode.merge(r.posting().economicCode(), r.posting().amount().toYuan(), BigDecimal::add);
            } else if (e.payload() instanceof ExpenditureReversed r) {
                netByCode.merge(r.posting().economicCode(), r.posting().amount().toYuan().negate(), BigDecimal::add);
            }
        }
        Set<String> expected = new HashSet<>();
        netByCode.forEach((code, net) -> {
            if (net.signum() == 0) {
                return;
            }
            expected.add("expenditure.economic." + code);
            String item = switch (code) {
                case "30201" -> "public.office";
                case "30205", "30206", "30211" -> "public.utilitiesAndTravel";
                case "30215", "30216" -> "public.meetingsAndTraining";
                default -> null;
            };
            if (item != null) {
                expected.add(item + ".actual");
            }
        });
        // every money figure carries its year-over-year change and change rate
        for (String base : List.copyOf(expected)) {
            expected.add("change." + base);
            expected.add("change." + base + ".rate");
        }
        expected.retainAll(names);
        return expected;
    }

    @Test
    void reconciliationNamesExactlyTheSeedsErrorRows() throws Exception {
        ObjectNode claims = (ObjectNode) LedgerJson.mapper().readTree(GOLDEN.toFile());
        // the seed as printed, slips included (seed-discrepancies.md rows 4, 5, 7): 附件1 公用经费 281.34 and 249.90,
        // 附件3-1 执行率 96.64 %
        ((ObjectNode) claims.get("figures")).put("expenditure.basic.public", "2813400.00");
        ((ObjectNode) claims.get("figures")).put("prior.expenditure.basic.public", "2499000.00");
        for (JsonNode p : claims.get("projects")) {
            if (p.path("name").asText().equals("业务工作开展专项经费")) {
                ((ObjectNode) p).put("execution.rate", "0.9664");
            }
        }

        Reconciliation.Result result = Reconciliation.reconcile(claims,
                figures.replayed("yiyang-zzb", 2024, SUBMISSION, null));

        List<BigDecimal> errorRowsLedgerValues = errorRowsOfTheDiscrepancyFile();
        assertThat(result.differences()).hasSize(errorRowsLedgerValues.size());
        for (BigDecimal expected : errorRowsLedgerValues) {
            assertThat(result.differences()).as("a difference whose ledger value is " + expected)
                    .anyMatch(d -> asShown(new BigDecimal(d.ledger())).compareTo(expected) == 0);
        }
        Set<String> wrong = new HashSet<>();
        result.differences().forEach(d -> wrong.add(d.name()));
        assertThat(result.contradictions()).isNotEmpty().allMatch(c -> wrong.contains(c.name())
                || c.identity().contains("expenditure.basic.public"));
    }

    /** The "ledger" column of the rows whose kind is an error, as numbers (万元 or a ratio). */
    private static List<BigDecimal> errorRowsOfTheDiscrepancyFile() throws Exception {
        Pattern row = Pattern.compile("^\\|\\s*\\d+\\s*\\|.*\\|\\s*(error[^|]*)\\|\\s*([^|]+)\\|\\s*$");
        return Files.readAllLines(DISCREPANCIES, StandardCharsets.UTF_8).stream()
                .map(row::matcher).filter(Matcher::matches)
                .map(m -> new BigDecimal(m.group(2).trim())).toList();
    }

    /** Money in yuan as the seed shows it (万元); ratios stay ratios. */
    private static BigDecimal asShown(BigDecimal ledger) {
        return ledger.abs().compareTo(BigDecimal.ONE) > 0 ? ledger.movePointLeft(4) : ledger;
    }

    @Test
    void theReconcileEndpointFindsTheGoldenFileConsistentWithTheLedger() throws Exception {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var response = http.postForEntity("/api/v1/departments/yiyang-zzb/years/2024/reconcile?asOf=2025-04-15T15:59:59Z",
                new org.springframework.http.HttpEntity<>(Files.readString(GOLDEN), headers), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().path("differences")).isEmpty();
        assertThat(response.getBody().path("figuresChecked").asInt()).isGreaterThan(100);

        var today = http.postForEntity("/api/v1/departments/yiyang-zzb/years/2024/reconcile",
                new org.springframework.http.HttpEntity<>(Files.readString(GOLDEN), headers), JsonNode.class);
        assertThat(today.getBody().path("differences")).extracting(d -> d.path("name").asText())
                .containsExactly("public.office.actual");
    }

    @Test
    void theSeedsSubmissionIsStoredAsTheLedgerComputedItWithTheFiguresHashAndPosition() {
        List<RecordedEvent> submitted = events.stream("yiyang-zzb/2024").stream()
                .filter(e -> e.payload() instanceof SelfEvaluationSubmitted).toList();
        assertThat(submitted).hasSize(1);
        RecordedEvent event = submitted.get(0);
        SelfEvaluationSubmitted s = (SelfEvaluationSubmitted) event.payload();
        assertThat(s.scoreTotal()).isEqualTo("99.66");
        assertThat(s.grade()).isEqualTo("优");
        assertThat(s.figuresAsOf()).isEqualTo(SUBMISSION);
        // the import ran in file order: the stream's head as of the stated moment was the event just before
        assertThat(s.lastSequence()).isEqualTo(event.sequence() - 1);
        assertThat(s.figuresHash()).isEqualTo(budgetledger.core.audit.HashChain.digest(
                budgetledger.core.audit.HashChain.SHA_256, LedgerJson.canonical(
                        figures.replayed("yiyang-zzb", 2024, SUBMISSION, null).figures()).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDozenFiguresDrillDownToEventsThatSumToThem() {
        Map<String, Set<String>> expectedTypes = Map.ofEntries(
                Map.entry("expenditure.total", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("expenditure.basic.personnel", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("expenditure.basic.public", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("expenditure.project", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("expenditure.fund.other", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("threePublic.reception.actual", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("public.office.actual", Set.of("ExpenditureRecorded", "ExpenditureReversed")),
                Map.entry("budget.full", Set.of("AppropriationRecorded", "BudgetAdjusted", "FiscalYearOpened")),
                Map.entry("budget.initial", Set.of("AppropriationRecorded")),
                Map.entry("budget.basic.public.full", Set.of("AppropriationRecorded", "BudgetAdjusted", "BudgetTransferred")),
                Map.entry("income.total", Set.of("FundsReceived")),
                Map.entry("threePublic.total.budget", Set.of("ThreePublicLimitsSet")));
        Map<String, Object> golden = figures.replayed("yiyang-zzb", 2024, SUBMISSION, null).figures();
        expectedTypes.forEach((figure, types) -> {
            var trail = figures.trail("yiyang-zzb", 2024, figure, SUBMISSION, null);
            assertThat(trail.value()).as(figure).isEqualTo(golden.get(figure));
            assertThat(trail.sum()).as(figure).isEqualTo(golden.get(figure));
            assertThat(trail.events()).as(figure).isNotEmpty()
                    .allSatisfy(c -> assertThat(types).as(figure + " ← " + c.type()).contains(c.type()))
                    .allSatisfy(c -> assertThat(c.recordedBy()).isNotBlank())
                    .allSatisfy(c -> assertThat(c.recordedAt()).isBeforeOrEqualTo(SUBMISSION));
        });
        // the prior year's figure is traced in 2023's stream
        var prior = figures.trail("yiyang-zzb", 2024, "prior.expenditure.project", SUBMISSION, null);
        assertThat(prior.ledgerId()).isEqualTo("yiyang-zzb/2023");
        assertThat(prior.sum()).isEqualTo("8388200.00");
    }

    @Test
    void anExportRebuildsTheSameFiguresWithoutTheDatabaseAndItsChainVerifies() throws Exception {
        Path export = Files.createTempFile("yiyang-export", ".jsonl");
        try (var writer = Files.newBufferedWriter(export)) {
            audit.export("yiyang-zzb", null, writer);
        }
        var archive = budgetledger.app.audit.ExportArchive.read(export);
        assertThat(archive.verify().ok()).isTrue();
        assertThat(archive.verify().events()).isEqualTo(events.headSequence("yiyang-zzb/2024") + 1
                + events.headSequence("yiyang-zzb/2023") + 1);
        for (Instant at : new Instant[]{SUBMISSION, Instant.now()}) {
            assertThat(archive.figures("yiyang-zzb", 2024, at, null, budgetledger.projections.figures.FiguresOptions.DEFAULT).figures())
                    .isEqualTo(figures.replayed("yiyang-zzb", 2024, at, null).figures());
        }
        String printed = cliWithoutDatabase("report", "--from-export", export.toString(), "--department", "yiyang-zzb",
                "--year", "2024", "--as-of", "2025-04-15T23:59:59+08:00");
        assertThat(Reconciliation.reconcile(LedgerJson.mapper().readTree(GOLDEN.toFile()),
                LedgerJson.mapper().treeToValue(LedgerJson.mapper().readTree(printed), FiguresDocument.class)).differences()).isEmpty();

        // one amount edited in the archive: its chain no longer verifies, and the event is named
        List<String> lines = Files.readAllLines(export);
        int victim = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("ExpenditureRecorded") && lines.get(i).contains("yiyang-zzb/2024")) {
                victim = i;
                break;
            }
        }
        assertThat(victim).isNotNegative();
        String tampered = lines.get(victim).replaceFirst("\"amount\":\"(\\d+)", "\"amount\":\"1$1");
        assertThat(tampered).isNotEqualTo(lines.get(victim));
        lines.set(victim, tampered);
        Files.write(export, lines);
        var report = budgetledger.app.audit.ExportArchive.read(export).verify();
        assertThat(report.ok()).isFalse();
        assertThat(report.breaks()).singleElement().satisfies(b -> {
            assertThat(b.ledgerId()).isEqualTo("yiyang-zzb/2024");
            assertThat(b.problem()).contains("哈希不符");
        });
    }

    @Test
    void liveViewsEqualTheReplayedFigures() throws Exception {
        for (int year : new int[]{2023, 2024}) {
            String ledgerId = "yiyang-zzb/" + year;
            long head = events.headSequence(ledgerId);
            long deadline = System.currentTimeMillis() + 60_000;
            while (views.load(ledgerId).map(v -> v.lastSequence()).orElse(-1L) < head
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(views.load(ledgerId)).isPresent();
            assertThat(views.load(ledgerId).get().lastSequence()).isEqualTo(head);
            assertThat(figures.live("yiyang-zzb", year).figures())
                    .isEqualTo(figures.replayed("yiyang-zzb", year, null, null).figures());
        }
    }

    private static String cliWithoutDatabase(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(LedgerCli.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private String cli(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String previous = System.getProperty("spring.datasource.url");
        System.setProperty("spring.datasource.url", dbUrl);
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = LedgerCli.run(args);
            assertThat(code).isZero();
        } finally {
            System.setOut(original);
            if (previous == null) {
                System.clearProperty("spring.datasource.url");
            } else {
                System.setProperty("spring.datasource.url", previous);
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
