package budgetledger.app.cli;

import budgetledger.app.support.Sql;
import budgetledger.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static budgetledger.app.cli.CliTest.line;
import static budgetledger.app.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import-vouchers} and {@code import-budget} as a recorder runs them: the preview lists the refused row and
 * records nothing, the import records the rest as that recorder, the same file again records nothing; a user without
 * the role imports nothing.
 */
class ImportVouchersCliTest {
    private static final String[] PROPERTIES = {"spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.datasource.hikari.maximum-pool-size"};
    private static String dbUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        dbUrl = TestDatabase.create("ledger_vcli");
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
        int code = new picocli.CommandLine(new LedgerCli()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * An administrator {@code who-admin} imports the department's 2024 (and these lines of history); then a clerk
     * {@code who-clerk} (RECORDER in the department) and a reader {@code who-reader} (REVIEWER) are added.
     */
    private void department(String who, String department, String... history) throws Exception {
        Path password = dir.resolve("password.txt");
        Files.writeString(password, "a-long-operator-password\n", StandardCharsets.UTF_8);
        assertThat(cli("user", "add", "--admin", "--username", who + "-admin", "--password-file", password.toString())
                .exitCode()).isZero();
        List<String> lines = new java.util.ArrayList<>(List.of(
                line("RegisterDepartment", body("departmentId", department, "name", "命令行单位 " + department),
                        "2024-01-02T09:00:00+08:00"),
                line("OpenFiscalYear", body("departmentId", department, "year", 2024), "2024-01-02T09:10:00+08:00")));
        lines.addAll(List.of(history));
        Path file = dir.resolve("setup.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThat(cli("import", file.toString(), "--as", who + "-admin").exitCode()).isZero();
        assertThat(cli("user", "add", "--username", who + "-clerk", "--role", "RECORDER", "--department", department,
                "--password-file", password.toString()).exitCode()).isZero();
        assertThat(cli("user", "add", "--username", who + "-reader", "--role", "REVIEWER",
                "--password-file", password.toString()).exitCode()).isZero();
    }

    @Test
    void previewThenImportAsTheRecorderAndAgainNothingTwice() throws Exception {
        department("v", "vcli", line("RecordAppropriation", body("departmentId", "vcli", "year", 2024, "lineId", "L1",
                "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201",
                "amount", "1000.00", "initial", true, "businessDate", "2024-01-05"), "2024-01-05T10:00:00+08:00"));

        Path csv = dir.resolve("凭证.csv");
        Files.writeString(csv, """
                日期,凭证号,摘要,预算指标,经济科目,金额
                2024-02-01,记-1,办公用品,L1,30201,100.00
                2024-02-02,记-2,打印纸,L1,30201,300.00
                2024-02-03,记-3,超支,L1,30201,900.00
                """, Charset.forName("GB18030"));

        Run refused = cli("import-vouchers", csv.toString(), "--department", "vcli", "--year", "2024", "--as", "v-reader");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("无权导入凭证");

        Run preview = cli("import-vouchers", csv.toString(), "--department", "vcli", "--year", "2024", "--as", "v-clerk",
                "--preview", "--charset", "GB18030");
        assertThat(preview.exitCode()).as("%s", preview).isEqualTo(1);
        assertThat(preview.out()).contains("第 4 行 [BUDGET_EXCEEDED] 凭证号 记-3：超出预算指标可用额度")
                .contains("preview: rows 3, accepted 2, refused 1");
        assertThat(preview.err()).contains("preview: 3/3");
        assertThat(Sql.head(dbUrl, "vcli/2024")).isEqualTo(1);

        Run imported = cli("import-vouchers", csv.toString(), "--department", "vcli", "--year", "2024", "--as", "v-clerk");
        assertThat(imported.out()).contains("recorded 2");
        assertThat(Sql.head(dbUrl, "vcli/2024")).isEqualTo(3);
        assertThat(Sql.string(dbUrl, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'vcli/2024' "
                + "AND convert_from(metadata, 'UTF8') LIKE '%v-clerk%'")).isEqualTo("2");

        Run again = cli("import-vouchers", csv.toString(), "--department", "vcli", "--year", "2024", "--as", "v-clerk");
        assertThat(again.out()).contains("already imported 2, recorded 0");
        assertThat(Sql.head(dbUrl, "vcli/2024")).isEqualTo(3);

        Path exported = dir.resolve("导出.csv");
        Run export = cli("export-vouchers", "--department", "vcli", "--year", "2024", "--format", "csv",
                "--out", exported.toString());
        assertThat(export.exitCode()).as("%s", export).isZero();
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF日期,凭证号,摘要,预算指标").contains("2024-02-01,记-1,办公用品,L1,")
                .contains(",300.00,").doesNotContain("记-3");
        Run badFormat = cli("export-vouchers", "--department", "vcli", "--year", "2024", "--format", "pdf",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("导出格式须为 csv 或 xlsx");
        assertThat(dir.resolve("x.pdf")).doesNotExist();

        // export --what: the budget lines and a 决算 table of the same year; export-vouchers is its alias
        Path lines = dir.resolve("预算指标.csv");
        Run budget = cli("export", "--what", "budget-lines", "--department", "vcli", "--year", "2024", "--format", "csv",
                "--out", lines.toString());
        assertThat(budget.exitCode()).as("%s", budget).isZero();
        assertThat(Files.readString(lines, StandardCharsets.UTF_8)).startsWith("\uFEFF预算指标,支出类型,资金性质")
                .contains("\r\n合计,");
        Path summary = dir.resolve("决算.csv");
        Run accounts = cli("export", "--what", "final-accounts", "--table", "summary", "--department", "vcli",
                "--year", "2024", "--out", summary.toString());
        assertThat(accounts.exitCode()).as("%s", accounts).isZero();
        assertThat(Files.readString(summary, StandardCharsets.UTF_8)).startsWith("\uFEFF项目,年初预算数,全年预算数,决算数")
                .contains("本年支出合计,");
        Run badTable = cli("export", "--what", "final-accounts", "--table", "bogus", "--department", "vcli",
                "--year", "2024", "--out", dir.resolve("y.csv").toString());
        assertThat(badTable.exitCode()).isEqualTo(2);
        assertThat(badTable.err()).contains("没有名为“bogus”的决算表");
        assertThat(dir.resolve("y.csv")).doesNotExist();
        Run badWhat = cli("export", "--what", "ledgers", "--department", "vcli", "--year", "2024",
                "--out", dir.resolve("z.csv").toString());
        assertThat(badWhat.exitCode()).isEqualTo(2);
        assertThat(badWhat.err()).contains("没有名为“ledgers”的导出");
    }

    @Test
    void importBudgetTablesAndAdjustmentDocumentsAsTheRecorder() throws Exception {
        department("b", "bcli");
        Path table = dir.resolve("年初预算.csv");
        Files.writeString(table, """
                支出类型,资金性质,功能科目编码,经济科目编码,年初预算数
                公用经费,一般公共预算,2013201,30201,"2,000.00"
                人员经费,一般公共预算,2013201,30101,-5
                """, Charset.forName("GB18030"));
        String[] where = {"--department", "bcli", "--year", "2024"};

        Run refused = cli(concat(new String[] {"import-budget", table.toString(), "--as", "b-reader"}, where));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("无权导入年初预算");
        Run notAKind = cli(concat(new String[] {"import-budget", table.toString(), "--as", "b-clerk", "--kind", "vouchers"},
                where));
        assertThat(notAKind.exitCode()).isEqualTo(2);
        assertThat(notAKind.err()).contains("--kind 须为 appropriations");

        Run preview = cli(concat(new String[] {"import-budget", table.toString(), "--as", "b-clerk", "--preview"}, where));
        assertThat(preview.exitCode()).as("%s", preview).isEqualTo(1);
        assertThat(preview.out()).contains("第 3 行 [INVALID_AMOUNT] 预算指标 YS-RY-2013201-30101：年初预算数不能为负数")
                .contains("preview: rows 2, accepted 1, refused 1");
        assertThat(preview.err()).contains("preview: 2/2");
        long head = Sql.head(dbUrl, "bcli/2024");

        Run imported = cli(concat(new String[] {"import-budget", table.toString(), "--as", "b-clerk"}, where));
        assertThat(imported.out()).contains("recorded 1");
        assertThat(Sql.head(dbUrl, "bcli/2024")).isEqualTo(head + 1);
        Run again = cli(concat(new String[] {"import-budget", table.toString(), "--as", "b-clerk"}, where));
        assertThat(again.out()).contains("already imported 1, recorded 0");

        Path document = dir.resolve("调整.csv");
        Files.writeString(document, "文号,调整类型,预算指标,金额,日期\n益财预〔2024〕3号,追加,YS-GY-2013201-30201,500.00,2024-05-01\n",
                StandardCharsets.UTF_8);
        Run proposed = cli(concat(new String[] {"import-budget", document.toString(), "--as", "b-clerk", "--kind",
                "adjustments", "--all-or-nothing"}, where));
        assertThat(proposed.exitCode()).as("%s", proposed).isZero();
        assertThat(proposed.out()).contains("import: rows 1, accepted 1, refused 0, already imported 0, recorded 1");
        assertThat(Sql.string(dbUrl, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'bcli/2024' "
                + "AND payloadtype LIKE '%BudgetAdjustmentProposed'")).isEqualTo("1");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
