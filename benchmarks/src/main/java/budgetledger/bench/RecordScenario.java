package budgetledger.bench;

import budgetledger.app.ledger.LedgerCommandService;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.security.TokenService;
import budgetledger.app.security.UserService;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.ledger.CommandLine;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code record} (through the HTTP API) and {@code record-inproc} (through the command gateway): sixteen clients
 * recording expenditures, one durable commit per command, against plain one-row-per-commit inserts by as many threads.
 */
final class RecordScenario {
    static final int CLIENTS = 16;
    static final int RECORD_DEPARTMENTS = 64;
    static final String BENCH_RECORDER = "bench-recorder";

    private RecordScenario() {
    }

    /** The clients' tally: commands sent (warm-up included, as the CPU figures are), errors, measured latencies. */
    private record Tally(Stats latency, AtomicLong done, AtomicLong errors, AtomicReference<String> firstError) {
        Tally() {
            this(new Stats(), new AtomicLong(), new AtomicLong(), new AtomicReference<>());
        }
    }

    static int run(String db, boolean quick, boolean http) throws Exception {
        // on two busy cores C2 keeps compiling the web, Axon and JDBC paths (half a core, 40 tier-4 compilations a
        // second) for about seventy seconds after start: a server's steady state is measured after that
        double warmup = env("BENCH_WARMUP", quick ? 2 : 60);
        double seconds = env("BENCH_SECONDS", quick ? 6 : 60);
        int year = LocalDate.now().getYear();
        try (LedgerApp app = LedgerApp.start(db, http)) {
            LedgerCommandService commands = app.bean(LedgerCommandService.class);
            for (int d = 0; d < RECORD_DEPARTMENTS; d++) {
                for (String line : setup(City.departmentId(d), year)) {
                    commands.execute(CommandLine.parse(line), "bench", true);
                }
            }
            app.awaitViews(120);
            // security is on: the clients record as a recorder of every department, with an API token
            String token = http ? recorderToken(app) : null;
            OUT.printf("setup: %d departments, year %d opened with office and reception lines%n", RECORD_DEPARTMENTS, year);

            Cpu cpu = Cpu.start(db);
            Tally tally = drive(app, commands, token, year, warmup, seconds);
            double rate = tally.latency().count() / seconds;
            OUT.printf("ledger (%s, %d clients over %d departments, one durable commit per command, %.0f s after %.0f s warm-up): "
                    + "%.1f commands/s, latency %s, errors %d%n", http ? "HTTP API" : "command gateway, no HTTP",
                    CLIENTS, RECORD_DEPARTMENTS, seconds, warmup, rate, tally.latency().summary(), tally.errors().get());
            OUT.println(cpu.report(tally.done().get(), "commands") + " (warm-up included in both)");
            if (tally.firstError().get() != null) {
                OUT.println("first error: " + tally.firstError().get());
            }
            OUT.printf("live views caught up %.1f s after the last command%n", app.awaitViews(300));
            judge(db, http, rate, tally.latency(), warmup, seconds);
            return tally.errors().get() == 0 ? 0 : 1;
        }
    }

    private static double env(String name, double otherwise) {
        String value = System.getenv(name);
        return value != null ? Double.parseDouble(value) : otherwise;
    }

    /** The clients, each on a thread of its own, from start through warm-up to the end of the measured time. */
    private static Tally drive(LedgerApp app, LedgerCommandService commands, String token, int year, double warmup,
                               double seconds) throws InterruptedException {
        Tally tally = new Tally();
        long measureFrom = System.nanoTime() + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int client = t;
            Thread th = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(Scenarios.SEED + client);
                Stats mine = new Stats();
                long n = 0;
                while (System.nanoTime() < end) {
                    String dept = City.departmentId(random.nextInt(RECORD_DEPARTMENTS));
                    ObjectNode body = expenditure(random, client, n++, year);
                    long t0 = System.nanoTime();
                    String error = token != null ? post(app.port(), token, dept, year, body) : inproc(commands, dept, year, body);
                    long t1 = System.nanoTime();
                    tally.done().incrementAndGet();
                    if (error != null) {
                        tally.errors().incrementAndGet();
                        tally.firstError().compareAndSet(null, error);
                    } else if (t0 >= measureFrom && t1 <= end) {
                        mine.add(t1 - t0);
                    }
                }
                tally.latency().addAll(mine);
            }, "client-" + t);
            clients.add(th);
            th.start();
        }
        for (Thread th : clients) {
            th.join();
        }
        return tally;
    }

    private static void judge(String db, boolean http, double rate, Stats latency, double warmup, double seconds)
            throws Exception {
        Baselines.Row row = Baselines.sampleRow(db, "ExpenditureRecorded");
        double baseline = BaselineWrites.insertOnePerRow(db, row, CLIENTS, Math.min(warmup, 5), seconds); // plain JDBC settles in seconds
        OUT.printf("baseline (plain JDBC, rows of %d + %d bytes like the stored events, one commit per row, %d threads "
                + "as the %d clients): %.1f rows/s%n", row.payload().length, row.metadata().length, CLIENTS, CLIENTS, baseline);
        double ratio = rate / baseline;
        if (http) {
            goal("≥ 3,000 commands/s", rate >= 3000);
            goal("p99 ≤ 50 ms", latency.percentileMs(99) <= 50);
            goal("ratio ≥ 0.5", ratio >= 0.5);
        } else {
            goal("ratio ≥ 0.7", ratio >= 0.7);
        }
        Bench.result(http ? "record" : "record-inproc", rate, "commands/s", baseline, ratio);
    }

    private static List<String> setup(String dept, int year) {
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
}
