package budgetledger.app.cli;

import budgetledger.app.support.Api;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The command-line side of the jar against a real database, as an operator runs it: {@code import} reports the
 * rejected line and exits 1, {@code rebuild-views} finishes on an idle store, {@code verify} exits non-zero and
 * names the edited event. Each command starts its own (non-web) application, configured like the server.
 */
class CliTest {
    private static final String[] PROPERTIES = {"spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.datasource.hikari.maximum-pool-size"};
    private static String dbUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        dbUrl = TestDatabase.create("ledger_cli");
        System.setProperty("spring.datasource.url", dbUrl);
        System.setProperty("spring.datasource.username", TestDatabase.USER);
        System.setProperty("spring.datasource.password", TestDatabase.PASSWORD);
        System.setProperty("spring.datasource.hikari.maximum-pool-size", "4");
    }

    @AfterAll
    static void dropDatabase() {
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
        TestDatabase.drop(dbUrl);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new picocli.CommandLine(new LedgerCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String line(String command, Map<String, Object> fields, String recordedAt) {
        Map<String, Object> all = body("command", command);
        all.putAll(fields);
        all.put("audit", body("recordedBy", "朱琳", "recordedAt", recordedAt));
        return Api.json(all);
    }

    @Test
    void importRebuildViewsAndVerifyAsAnOperatorRunsThem() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(line("RegisterDepartment", body("departmentId", "cli", "name", "命令行单位"), "2024-01-02T09:00:00+08:00"));
        lines.add(line("OpenFiscalYear", body("departmentId", "cli", "year", 2024), "2024-01-02T09:10:00+08:00"));
        lines.add(line("RecordAppropriation", body("departmentId", "cli", "year", 2024, "lineId", "L1",
                "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201",
                "amount", "1000.00", "initial", true, "businessDate", "2024-01-05"), "2024-01-05T10:00:00+08:00"));
        for (int i = 1; i <= 5; i++) {
            lines.add(line("RecordExpenditure", body("departmentId", "cli", "year", 2024, "expenditureId", "E" + i,
                    "lineId", "L1", "amount", i == 4 ? "999.00" : "100.00", "businessDate", "2024-02-1" + i,
                    "economicCode", "30201"), "2024-02-1" + i + "T10:00:00+08:00"));
        }
        Path file = dir.resolve("history.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        // import is the administrator's migration: it runs as an existing ADMIN (created here as on a first install)
        Path password = dir.resolve("password.txt");
        Files.writeString(password, "a-long-operator-password\n", StandardCharsets.UTF_8);
        Run admin = cli("user", "add", "--admin", "--username", "cli-admin", "--password-file", password.toString());
        assertThat(admin.exitCode()).as("%s", admin).isZero();
        assertThat(cli("import", file.toString()).exitCode()).isEqualTo(2); // --as is required
        Run imported = cli("import", file.toString(), "--as", "cli-admin");
        assertThat(imported.exitCode()).as("%s", imported).isEqualTo(1);
        assertThat(imported.err()).contains("第 7 行被拒绝 [BUDGET_EXCEEDED]");
        assertThat(imported.out()).contains("imported 7, rejected 1");
        assertThat(Sql.head(dbUrl, "cli/2024")).isEqualTo(5);
        // run again on the same file (as after a crash): what was applied is skipped, nothing is sent twice
        Run again = cli("import", file.toString(), "--as", "cli-admin");
        assertThat(again.out()).as("%s", again).contains("imported 0, rejected 1, skipped 7 already imported (跳过已导入 7 行)");
        assertThat(again.err()).contains("第 7 行被拒绝（上次导入时） [BUDGET_EXCEEDED]");
        assertThat(Sql.head(dbUrl, "cli/2024")).isEqualTo(5);

        // the import's own processor folded the views; rebuilding them from scratch must finish on an idle store
        Sql.update(dbUrl, "UPDATE ledger_view SET state = jsonb_set(state, '{budget,procurementBudget}', '\"1.00\"')");
        Run rebuilt = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cli("rebuild-views"));
        assertThat(rebuilt.exitCode()).as("%s", rebuilt).isZero();
        assertThat(rebuilt.out()).contains("rebuilt views");
        assertThat(Sql.viewSequence(dbUrl, "cli/2024")).hasValue(5);
        assertThat(Sql.string(dbUrl, "SELECT state->'budget'->>'procurementBudget' FROM ledger_view "
                + "WHERE ledger_id = 'cli/2024'")).isEqualTo("0.00");

        String edited = Sql.string(dbUrl, "SELECT eventidentifier FROM domainevententry "
                + "WHERE aggregateidentifier = 'cli/2024' AND sequencenumber = 3");
        Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'100.00', '10.00'), 'UTF8') WHERE aggregateidentifier = 'cli/2024' AND sequencenumber = 3");
        Run verified = cli("verify");
        assertThat(verified.exitCode()).as("%s", verified).isEqualTo(1);
        assertThat(verified.out()).contains("BROKEN cli/2024 sequence 3 event " + edited).contains("FAILED");
    }
}
