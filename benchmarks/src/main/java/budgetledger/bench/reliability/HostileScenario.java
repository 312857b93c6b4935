package budgetledger.bench.reliability;

import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static budgetledger.bench.reliability.MainStore.HOSTILE;

/**
 * {@code hostile}: generated hostile inputs ({@link HostileInputs}) against every write endpoint, hostile voucher files
 * against the import endpoint, and a file of hostile lines through the {@code import} CLI. Each answer must be below
 * 500, show no stack trace or exception text, and a 4xx must be a problem with a machine code; a refused request must
 * write nothing (events, users, tokens, seals, column mappings: counted before and after each request), and an import
 * must write exactly the rows it reports as accepted. The instance's log must hold no stack trace from them either.
 */
final class HostileScenario {
    private static final String S = "hostile";
    private static final String WRITES = "SELECT (SELECT count(*) FROM domainevententry) || '/' || (SELECT count(*) FROM ledger_user)"
            + " || '/' || (SELECT count(*) FROM api_token) || '/' || (SELECT count(*) FROM ledger_seal) || '/'"
            + " || (SELECT count(*) FROM voucher_column_mapping) || '/' || (SELECT coalesce(md5(string_agg(u.username || u.display_name"
            + " || u.enabled, ',' ORDER BY u.username)), '') FROM ledger_user u)";

    private HostileScenario() {
    }

    static AppProcess run(Reliability.Suite suite, AppProcess app) throws Exception {
        Store store = suite.store();
        String yearPath = "/api/v1/departments/" + HOSTILE + "/years/" + Fixture.YEAR;
        check(Http.post(app.base(), yearPath + "/expenditures", suite.token(), null,
                "{\"expenditureId\":\"E0\",\"lineId\":\"L\",\"amount\":\"300.00\",\"businessDate\":\"2024-03-01\",\"economicCode\":\"30201\"}"));
        check(Http.post(app.base(), "/api/v1/users", suite.token(), null, "{\"username\":\"rel-victim\",\"displayName\":\"受害者\","
                + "\"password\":\"victim-password-1\",\"roles\":[\"RECORDER\"],\"departments\":[\"" + HOSTILE + "\"],\"enabled\":true}"));
        long traceLinesBefore = traceLines(app);

        List<HostileInputs.Input> inputs = HostileInputs.generate(HOSTILE, Fixture.YEAR, suite.quick() ? 18 : 40, 14L);
        Tally t = sendAll(suite, app, inputs);
        suite.figure(S, "generated hostile requests against " + endpoints(inputs) + " write endpoints", t.summary(), t.ok());

        Tally imports = new Tally();
        List<byte[]> files = voucherFiles();
        for (int i = 0; i < files.size(); i++) {
            long before = store.count("SELECT count(*) FROM domainevententry");
            String boundary = "----reliability" + i;
            Http.Answer a = Http.send(app.base(), yearPath + "/imports/vouchers?mode=commit", suite.token(), null, "POST",
                    "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary,
                            i % 7 == 6 ? "凭证.xlsx" : "凭证.csv", files.get(i))));
            long written = store.count("SELECT count(*) FROM domainevententry") - before;
            long accepted = a.status() == 200 ? LedgerJson.mapper().readTree(a.body()).path("accepted").asLong() : 0;
            imports.judge("voucher file " + i, a, written != accepted);
        }
        suite.figure(S, "hostile voucher files through POST …/imports/vouchers?mode=commit (writes must equal the rows accepted)",
                imports.summary(), imports.ok());

        cliImport(suite, store);
        long traces = traceLines(app) - traceLinesBefore;
        suite.figure(S, "stack-trace lines in the instance's log from all of the above", traces, traces == 0);
        return app;
    }

    /** Each input in turn, the writes counted before and after it on one connection. */
    private static Tally sendAll(Reliability.Suite suite, AppProcess app, List<HostileInputs.Input> inputs) throws Exception {
        Tally t = new Tally();
        boolean lastAccepted = false;
        try (java.sql.Connection c = suite.store().connect()) {
            for (HostileInputs.Input in : inputs) {
                if (lastAccepted) {
                    Load.sleep(500); // an accepted submission is sealed in the background: let that write land first
                }
                String before = Store.string(c, WRITES);
                Http.Answer a = Http.send(app.base(), in.path(), suite.token(), null, in.method(), in.contentType(),
                        HttpRequest.BodyPublishers.ofByteArray(in.body()));
                t.judge(in.name(), a, a.status() >= 400 && !before.equals(Store.string(c, WRITES)));
                lastAccepted = a.status() < 300;
            }
        }
        return t;
    }

    /** One file of hostile lines through {@code ledger-app.jar import}: what it imports is what it writes. */
    private static void cliImport(Reliability.Suite suite, Store store) throws Exception {
        List<String> lines = new ArrayList<>();
        String base = "\"command\":\"RecordExpenditure\",\"departmentId\":\"" + HOSTILE + "\",\"year\":" + Fixture.YEAR;
        int n = 0;
        for (String field : List.of("expenditureId", "lineId", "amount", "businessDate", "economicCode", "payee", "year", "departmentId")) {
            for (String value : HostileInputs.VALUES) {
                String line = "{" + base + ",\"expenditureId\":\"CLI" + n++ + "\",\"lineId\":\"L\",\"amount\":\"0.01\","
                        + "\"businessDate\":\"2024-04-01\",\"economicCode\":\"30201\"}";
                lines.add(line.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+)", java.util.regex.Matcher.quoteReplacement(
                        "\"" + field + "\":" + value)));
            }
        }
        lines.addAll(List.of("{", "[]", "\"x\"", "{\"command\":\"NoSuchCommand\"}", "{\"command\":null}", "\u0000\u0001",
                "{\"command\":\"RegisterDepartment\",\"departmentId\":\"<x>\",\"name\":\"x\"}", "{\"command\":\"RecordExpenditure\"}"));
        Path file = suite.work().resolve("hostile.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        long before = store.count("SELECT count(*) FROM domainevententry");
        Cli.Run run = Cli.run(suite.work(), store.jdbcUrl, "import", file.toString(), "--as", Fixture.OPERATOR);
        String out = run.output();
        int exit = run.exit();
        long written = store.count("SELECT count(*) FROM domainevententry") - before;
        var m = java.util.regex.Pattern.compile("imported (\\d+), rejected (\\d+)").matcher(out);
        boolean summary = m.find();
        long imported = summary ? Long.parseLong(m.group(1)) : -1;
        long rejected = summary ? Long.parseLong(m.group(2)) : -1;
        boolean trace = run.showsStackTrace();
        suite.figure(S, lines.size() + " hostile lines through the import CLI: imported / rejected / events written / exit / stack traces",
                imported + " / " + rejected + " / " + written + " / " + exit + " / " + (trace ? "yes" : "0"),
                summary && imported + rejected == lines.size() && written == imported && exit == 1 && !trace);
    }

    /** Hostile voucher sheets: each column in turn given each hostile cell, and files that are no sheet at all. */
    private static List<byte[]> voucherFiles() {
        String header = "日期,凭证号,摘要,预算指标,经济科目,金额,收款人";
        List<String> cells = List.of("=1+1", "@SUM(A1:A9)", "-1.00", "1e5", "１２", "9".repeat(40), "2024-13-45", "\"a\u0000b\"",
                "\"" + "长".repeat(5000) + "\"", "\"x\"\"y", "<script>", "");
        List<byte[]> files = new ArrayList<>();
        int n = 0;
        for (int col = 0; col < 7; col++) {
            for (String cell : cells) {
                String[] row = {"2024-03-05", "记-H" + n++, "办公用品", "L", "30201", "0.01", "文具店"};
                row[col] = cell;
                files.add((header + "\n" + String.join(",", row) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        files.add(new byte[0]);
        files.add(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        files.add(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3}); // the start of a zip: no workbook
        files.add(("a,".repeat(20_000) + "\n1").getBytes(StandardCharsets.UTF_8));
        files.add((header + "\n" + "2024-03-05,记-X,办公用品,L,30201,0.01,文具店\n".repeat(3).replace("0.01", "5000.00"))
                .getBytes(StandardCharsets.UTF_8)); // over the line's budget: refused, rows name the reason
        byte[] random = new byte[4096];
        new java.util.Random(14).nextBytes(random);
        files.add(random);
        return files;
    }

    private static byte[] multipart(String boundary, String filename, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static long endpoints(List<HostileInputs.Input> inputs) {
        return inputs.stream().map(i -> i.method() + " " + i.path().replaceAll("/(E0|X1)/", "/{id}/")).distinct().count();
    }

    private static long traceLines(AppProcess app) throws IOException {
        Path log = app.work.resolve(app.name + ".log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("\tat ") || l.contains("Exception:")).count();
        }
    }

    private static void check(Http.Answer a) {
        if (!a.ok()) {
            throw new IllegalStateException("setup request refused: " + a.status() + " " + a.body());
        }
    }

    /** The tally of one family of requests. */
    private static final class Tally {
        final Map<String, Long> statuses = new TreeMap<>();
        long requests;
        long serverErrors;
        long leaks;
        long notProblems;
        long refusedButWrote;
        final List<String> examples = new ArrayList<>();
        final List<String> acceptedExamples = new ArrayList<>();

        void judge(String name, Http.Answer a, boolean refusedAndWrote) {
            requests++;
            statuses.merge(a.status() / 100 + "xx", 1L, Long::sum);
            if (a.status() < 300 && acceptedExamples.size() < 6) {
                acceptedExamples.add(name); // a variation the rules allow (text with markup, say): a write, not a refusal
            }
            boolean bad = false;
            if (a.status() >= 500) {
                serverErrors++;
                bad = true;
            }
            if (a.leaksInternals()) {
                leaks++;
                bad = true;
            }
            if (a.status() >= 400 && (!a.contentType().startsWith("application/problem+json") || a.code() == null)) {
                notProblems++;
                bad = true;
            }
            if (refusedAndWrote) {
                refusedButWrote++;
                bad = true;
            }
            if (bad && examples.size() < 5) {
                examples.add(name + " → " + a.status() + " " + a.body().substring(0, Math.min(200, a.body().length())));
            }
        }

        boolean ok() {
            return serverErrors == 0 && leaks == 0 && notProblems == 0 && refusedButWrote == 0;
        }

        String summary() {
            return requests + " requests " + statuses + "; 5xx " + serverErrors + ", stack traces/exception text " + leaks
                    + ", 4xx not a problem with a code " + notProblems + ", refused but wrote " + refusedButWrote
                    + (examples.isEmpty() ? "" : "; e.g. " + examples)
                    + (acceptedExamples.isEmpty() ? "" : "; accepted e.g. " + acceptedExamples);
        }
    }
}
