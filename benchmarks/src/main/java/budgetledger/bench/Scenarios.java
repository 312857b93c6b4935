package budgetledger.bench;

import budgetledger.app.audit.AuditService;
import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.Importer;
import budgetledger.app.ledger.LedgerCommandService;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.security.TokenService;
import budgetledger.app.security.UserService;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.ledger.CommandLine;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.Replay;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static budgetledger.bench.Bench.OUT;

/** The scenarios of issue 6, each with its same-run baseline; one per child JVM, on the database it is given. */
final class Scenarios {
    static final int CLIENTS = 16;
    static final int RECORD_DEPARTMENTS = 64;
    static final long SEED = 20_240_415L;

    private Scenarios() {
    }

    static int run(String scenario, String db, boolean quick) throws Exception {
        if (db == null) {
            throw new IllegalArgumentException("--db is required for a scenario run");
        }
        OUT.printf("== %s%s == database %s, %d cores, -Xmx %d MiB, %s%n", scenario, quick ? " (quick)" : "", db,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Instant.now());
        return switch (scenario) {
            case "record" -> record(db, quick, true);
            case "record-inproc" -> record(db, quick, false);
            case "import" -> importCity(db, quick, true);
            case "load-city" -> importCity(db, quick, false);
            case "replay" -> replay(db, quick);
            case "as-of" -> asOf(db, quick);
            case "verify" -> verify(db, quick);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    // ---- record / record-inproc ----

    static int record(String db, boolean quick, boolean http) throws Exception {
        String name = http ? "record" : "record-inproc";
        // on two busy cores C2 keeps compiling the web, Axon and JDBC paths (half a core, 40 tier-4 compilations a
        // second) for about seventy seconds after start: a server's steady state is measured after that
        double warmup = System.getenv("BENCH_WARMUP") != null ? Double.parseDouble(System.getenv("BENCH_WARMUP"))
                : quick ? 2 : 60;
        double seconds = System.getenv("BENCH_SECONDS") != null ? Double.parseDouble(System.getenv("BENCH_SECONDS"))
                : quick ? 6 : 60;
        int year = LocalDate.now().getYear();
        try (LedgerApp app = LedgerApp.start(db, http)) {
            LedgerCommandService commands = app.bean(LedgerCommandService.class);
            for (int d = 0; d < RECORD_DEPARTMENTS; d++) {
                for (String line : recordSetup(City.departmentId(d), year)) {
                    commands.execute(CommandLine.parse(line), "bench", true);
                }
            }
            app.awaitViews(120);
            // security is on: the clients record as a recorder of every department, with an API token
            String token = http ? recorderToken(app) : null;
            OUT.printf("setup: %d departments, year %d opened with office and reception lines%n", RECORD_DEPARTMENTS, year);

            Cpu cpu = Cpu.start(db);
            Stats latency = new Stats();
            AtomicLong errors = new AtomicLong();
            AtomicLong done = new AtomicLong(); // every command of the run, warm-up included, as the CPU figures are
            AtomicReference<String> firstError = new AtomicReference<>();
            long start = System.nanoTime();
            long measureFrom = start + (long) (warmup * 1e9);
            long end = measureFrom + (long) (seconds * 1e9);
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
                int client = t;
                Thread th = new Thread(() -> {
                    SplittableRandom random = new SplittableRandom(SEED + client);
                    Stats mine = new Stats();
                    long n = 0;
                    while (System.nanoTime() < end) {
                        String dept = City.departmentId(random.nextInt(RECORD_DEPARTMENTS));
                        ObjectNode body = expenditure(random, client, n++, year);
                        long t0 = System.nanoTime();
                        String error = http ? post(app.port(), token, dept, year, body)
                                : inproc(commands, dept, year, body);
                        long t1 = System.nanoTime();
                        done.incrementAndGet();
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        } else if (t0 >= measureFrom && t1 <= end) {
                            mine.add(t1 - t0);
                        }
                    }
                    latency.addAll(mine);
                }, "client-" + t);
                clients.add(th);
                th.start();
            }
            for (Thread th : clients) {
                th.join();
            }
            double rate = latency.count() / seconds;
            OUT.printf("ledger (%s, %d clients over %d departments, one durable commit per command, %.0f s after %.0f s warm-up): "
                    + "%.1f commands/s, latency %s, errors %d%n", http ? "HTTP API" : "command gateway, no HTTP",
                    CLIENTS, RECORD_DEPARTMENTS, seconds, warmup, rate, latency.summary(), errors.get());
            OUT.println(cpu.report(done.get(), "commands") + " (warm-up included in both)");
            if (firstError.get() != null) {
                OUT.println("first error: " + firstError.get());
            }
            double lag = app.awaitViews(300);
            OUT.printf("live views caught up %.1f s after the last command%n", lag);

            Baselines.Row row = Baselines.sampleRow(db, "ExpenditureRecorded");
            double baseline = Baselines.insertOnePerRow(db, row, CLIENTS, Math.min(warmup, 5), seconds); // plain JDBC settles in seconds
            OUT.printf("baseline (plain JDBC, rows of %d + %d bytes like the stored events, one commit per row, %d threads): %.1f rows/s%n",
                    row.payload().length, row.metadata().length, CLIENTS, baseline);
            double ratio = rate / baseline;
            double p99 = latency.percentileMs(99);
            if (http) {
                goal("≥ 3,000 commands/s", rate >= 3000);
                goal("p99 ≤ 50 ms", p99 <= 50);
                goal("ratio ≥ 0.5", ratio >= 0.5);
            } else {
                goal("ratio ≥ 0.7", ratio >= 0.7);
            }
            Bench.result(name, rate, "commands/s", baseline, ratio);
            return errors.get() == 0 ? 0 : 1;
        }
    }

    private static List<String> recordSetup(String dept, int year) {
        String audit = ",\"audit\":{\"reason\":\"基准测试\"}}";
        String scope = "\"departmentId\":\"" + dept + "\",\"year\":" + year;
        return List.of(
                "{\"command\":\"RegisterDepartment\",\"departmentId\":\"" + dept + "\",\"name\":\"基准单位 " + dept + "\"" + audit,
                "{\"command\":\"OpenFiscalYear\"," + scope + "}",
                "{\"command\":\"SetThreePublicLimits\"," + scope + ",\"abroad\":\"0.00\",\"vehiclePurchase\":\"0.00\","
                        + "\"vehicleOperation\":\"0.00\",\"reception\":\"100000000.00\",\"businessDate\":\"" + year + "-01-05\"" + audit,
                "{\"command\":\"RecordAppropriation\"," + scope + ",\"lineId\":\"U-OFFICE\",\"kind\":\"BASIC_PUBLIC\","
                        + "\"fundNature\":\"GENERAL_PUBLIC\",\"functionalCode\":\"2013201\",\"economicCode\":\"30201\","
                        + "\"amount\":\"1000000000.00\",\"initial\":true,\"businessDate\":\"" + year + "-01-05\"" + audit,
                "{\"command\":\"RecordAppropriation\"," + scope + ",\"lineId\":\"U-RECEPTION\",\"kind\":\"BASIC_PUBLIC\","
                        + "\"fundNature\":\"GENERAL_PUBLIC\",\"functionalCode\":\"2013201\",\"economicCode\":\"30217\","
                        + "\"amount\":\"100000000.00\",\"initial\":true,\"businessDate\":\"" + year + "-01-05\"" + audit);
    }

    /** A voucher as a clerk records it: mostly 办公费, one in ten a 公务接待 with its batch and guests. */
    private static ObjectNode expenditure(SplittableRandom random, int client, long n, int year) {
        ObjectNode body = LedgerJson.mapper().createObjectNode();
        boolean reception = random.nextInt(10) == 0;
        body.put("expenditureId", "C" + client + "-" + n);
        body.put("lineId", reception ? "U-RECEPTION" : "U-OFFICE");
        body.put("amount", (1 + random.nextInt(5_000)) + "." + String.format("%02d", random.nextInt(100)));
        LocalDate today = LocalDate.now();
        body.put("businessDate", (today.getYear() == year ? today : LocalDate.of(year, 6, 30)).toString());
        body.put("economicCode", reception ? "30217" : "30201");
        body.put("payee", reception ? "公务接待定点饭店" : "文具店");
        body.put("voucherNo", "记-" + client + "-" + n);
        body.put("summary", reception ? "公务接待（工作餐）" : "办公用品");
        if (reception) {
            body.put("receptionBatches", 1);
            body.put("receptionPersons", 2 + random.nextInt(10));
        }
        body.putObject("audit").put("document", "记-" + client + "-" + n);
        return body;
    }

    /** A RECORDER of every department and an API token of theirs, made through the application's own services. */
    static String recorderToken(LedgerApp app) {
        UserService users = app.bean(UserService.class);
        if (users.find(BENCH_RECORDER).isEmpty()) {
            users.create(BENCH_RECORDER, new UserService.Changes("基准测试录入员", "bench-" + java.util.UUID.randomUUID(),
                    List.of(Role.RECORDER.name()), List.of(LedgerUser.ALL_DEPARTMENTS), true), "bench");
        }
        return app.bean(TokenService.class).create(BENCH_RECORDER, "bench", 1).token();
    }

    static final String BENCH_RECORDER = "bench-recorder";

    /**
     * One request on the client thread's kept-alive connection. {@link HttpURLConnection} rather than the JDK's
     * asynchronous client, whose selector thread and futures spent a third of a core of the two the server needs.
     */
    private static String post(int port, String token, String dept, int year, ObjectNode body) {
        try {
            URL url = URI.create("http://127.0.0.1:" + port + "/api/v1/departments/" + dept + "/years/" + year
                    + "/expenditures").toURL();
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(30_000);
            c.setRequestProperty("Content-Type", "application/json");
            c.setRequestProperty("Authorization", "Bearer " + token);
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            try (var out = c.getOutputStream()) {
                out.write(bytes);
            }
            int status = c.getResponseCode();
            try (var in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return status == 201 ? null : status + " " + answer;
            }
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String inproc(LedgerCommandService commands, String dept, int year, ObjectNode body) {
        body.put("departmentId", dept);
        body.put("year", year);
        try {
            commands.execute(CommandLine.of("RecordExpenditure", body), "bench", false);
            return null;
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    // ---- import (and the city replay and verify read) ----

    static int importCity(String db, boolean quick, boolean measured) throws Exception {
        long commands = quick ? 100_000 : 1_000_000;
        int departments = quick ? 25 : 250;
        int lastYear = LocalDate.now().getYear() - 1;
        City city = City.ofSize(commands, departments, 2, lastYear, SEED);
        Path file = Files.createTempFile("bench-city-", ".jsonl");
        try {
            long t0 = System.nanoTime();
            long lines = city.write(file);
            OUT.printf("city: %d departments × 2 years (%d–%d), %d commands, %d MiB of JSON Lines, generated in %.1f s%n",
                    departments, lastYear - 1, lastYear, lines, Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
            try (LedgerApp app = LedgerApp.start(db, false)) {
                PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
                long start = System.nanoTime();
                Cpu cpu = Cpu.start(db);
                Importer.Result result = app.bean(Importer.class).importFile(file, "admin", false, err);
                double seconds = (System.nanoTime() - start) / 1e9;
                long events = app.events();
                double rate = events / seconds;
                OUT.printf("ledger import: %d lines applied, %d rejected, %d events appended in %.1f s: %.0f events/s%n",
                        result.applied(), result.rejected().size(), events, seconds, rate);
                OUT.println(cpu.report(events, "events"));
                double lag = app.awaitViews(3_600);
                OUT.printf("live views caught up %.1f s after the import ended%n", lag);
                if (!result.rejected().isEmpty()) {
                    OUT.println("FAILED: the generator wrote a command the ledger refused: " + result.rejected().get(0));
                    return 1;
                }
                if (!measured) {
                    return 0;
                }
                Baselines.Row row = Baselines.sampleRow(db, "ExpenditureRecorded");
                double baseline = Baselines.insertBatched(db, row, events, 1_000);
                OUT.printf("baseline (plain JDBC, %d rows of %d + %d bytes, batches of 1,000, one commit per batch): %.0f rows/s%n",
                        events, row.payload().length, row.metadata().length, baseline);
                double ratio = rate / baseline;
                goal("≥ 50,000 events/s", rate >= 50_000);
                goal("ratio ≥ 0.7", ratio >= 0.7);
                Bench.result("import", rate, "events/s", baseline, ratio);
                try (var s = BenchDb.connect(db).createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_rows");
                }
                return 0;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---- replay ----

    static int replay(String db, boolean quick) throws Exception {
        try (LedgerApp app = LedgerApp.start(db, false)) {
            app.awaitViews(3_600);
            long events = app.events();
            long head = app.head();
            StreamingEventProcessor views = app.views();
            Cpu cpu = Cpu.start(db);
            long start = System.nanoTime();
            views.shutDown();
            views.resetTokens();
            views.start();
            long lastLine = start;
            while (!app.viewsCaughtUp(head)) {
                Thread.sleep(20);
                if (System.nanoTime() - lastLine > 5_000_000_000L) {
                    OUT.printf("replay: %d of %d%n", Math.max(0, app.viewsPosition()), head);
                    lastLine = System.nanoTime();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = events / seconds;
            Long views2 = app.jdbc().queryForObject("SELECT count(*) FROM ledger_view", Long.class);
            OUT.printf("ledger replay: reset and rebuilt %d live views from %d events in %.1f s: %.0f events/s%n",
                    views2, events, seconds, rate);
            OUT.println(cpu.report(events, "events"));
            double baseline = Baselines.readAndDeserialize(db);
            OUT.printf("baseline (plain JDBC read of the %d event rows in store order, payload and metadata JSON "
                    + "deserialized, no fold, one thread): %.0f events/s%n", events, baseline);
            double ratio = rate / baseline;
            goal("≥ 100,000 events/s", rate >= 100_000);
            goal("ratio ≥ 0.5", ratio >= 0.5);
            goal("fits -Xmx512m", Runtime.getRuntime().maxMemory() <= 512L << 20);
            Bench.result("replay", rate, "events/s", baseline, ratio);
            return 0;
        }
    }

    // ---- as-of ----

    static int asOf(String db, boolean quick) throws Exception {
        long size = quick ? 10_000 : 100_000;
        int year = LocalDate.now().getYear() - 1;
        City city = new City(1, 1, year, size, SEED);
        String dept = City.departmentId(0);
        Path file = Files.createTempFile("bench-year-", ".jsonl");
        try (LedgerApp app = LedgerApp.start(db, false)) {
            long lines = city.write(file);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            long t0 = System.nanoTime();
            Importer.Result result = app.bean(Importer.class).importFile(file, "admin", false, err);
            if (!result.rejected().isEmpty()) {
                OUT.println("FAILED: the generator wrote a command the ledger refused: " + result.rejected().get(0));
                return 1;
            }
            app.awaitViews(3_600);
            String ledger = dept + "/" + year;
            long events = app.jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                    Long.class, ledger);
            OUT.printf("setup: one department-year (%s) of %d commands → %d events, imported in %.1f s%n", ledger, lines,
                    events, (System.nanoTime() - t0) / 1e9);
            var span = app.jdbc().queryForMap("SELECT min(\"timestamp\") AS first, max(\"timestamp\") AS last "
                    + "FROM domainevententry WHERE aggregateidentifier = ?", ledger);
            Instant first = Instant.parse(span.get("first").toString());
            Instant last = Instant.parse(span.get("last").toString());

            FiguresService figures = app.bean(FiguresService.class);
            SplittableRandom random = new SplittableRandom(SEED);
            // the as-of read starts from a checkpoint of the live home: it must give the very fold a full replay gives
            StoredEvents stored = app.bean(StoredEvents.class);
            for (int i = 0; i < 5; i++) {
                Instant at = first.plusSeconds(random.nextLong(Math.max(1, last.getEpochSecond() - first.getEpochSecond())));
                LedgerView fromCheckpoint = figures.replay(ledger, at, null);
                LedgerView full = Replay.fold(ledger, stored.stream(ledger), at, null);
                if (!fromCheckpoint.equals(full)) {
                    OUT.println("FAILED: as of " + at + " the checkpointed fold (" + fromCheckpoint + ") differs from the full replay ("
                            + full + ")");
                    return 1;
                }
            }
            OUT.println("check: as of 5 random instants, the fold from a checkpoint equals the full replay");
            for (int i = 0; i < 3; i++) {
                figures.replayed(dept, year, last, null);
                figures.live(dept, year);
            }
            Stats asOf = new Stats();
            int samples = quick ? 40 : 200;
            for (int i = 0; i < samples; i++) {
                Instant at = first.plusSeconds(random.nextLong(Math.max(1, last.getEpochSecond() - first.getEpochSecond())));
                long s = System.nanoTime();
                figures.replayed(dept, year, at, null);
                asOf.add(System.nanoTime() - s);
            }
            Stats live = new Stats();
            for (int i = 0; i < samples * 5; i++) {
                long s = System.nanoTime();
                figures.live(dept, year);
                live.add(System.nanoTime() - s);
            }
            OUT.printf("ledger as-of figures (random instants between %s and %s): %s%n", first, last, asOf.summary());
            OUT.printf("baseline: live figures of the same department-year: %s%n", live.summary());
            double value = asOf.percentileMs(99);
            double baseline = live.percentileMs(99);
            goal("as-of p99 ≤ 500 ms", value <= 500);
            goal("live p99 ≤ 20 ms", baseline <= 20);
            OUT.println("(ratio here = as-of p99 ÷ live p99: how much dearer a past instant is than now)");
            Bench.result("as-of", value, "ms-p99", baseline, value / baseline);
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---- verify ----

    static int verify(String db, boolean quick) throws Exception {
        try (LedgerApp app = LedgerApp.start(db, false)) {
            app.awaitViews(3_600);
            Cpu cpu = Cpu.start(db);
            long start = System.nanoTime();
            ChainVerifier.Report report = app.bean(AuditService.class).verify(null, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = report.events() / seconds;
            OUT.printf("ledger verify: %d streams, %d events, %d broken, in %.1f s: %.0f events/s%n", report.streams(),
                    report.events(), report.breaks().size(), seconds, rate);
            OUT.println(cpu.report(report.events(), "events"));
            double baseline = Baselines.readRows(db);
            OUT.printf("baseline (plain JDBC read of the same rows in the same order, as text): %.0f rows/s%n", baseline);
            double ratio = rate / baseline;
            goal("ratio ≥ 0.5", ratio >= 0.5);
            Bench.result("verify", rate, "events/s", baseline, ratio);
            return report.ok() ? 0 : 1;
        }
    }

    private static void goal(String goal, boolean met) {
        OUT.printf("goal %s: %s%n", goal, met ? "met" : "MISSED");
    }
}
