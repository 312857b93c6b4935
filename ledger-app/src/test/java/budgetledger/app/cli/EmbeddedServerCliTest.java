package budgetledger.app.cli;

import budgetledger.app.LedgerApplication;
import budgetledger.app.config.RunningEmbedded;
import budgetledger.app.security.UserService;
import budgetledger.app.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.cli.CliTest.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Try it" with the server up: the server runs on its embedded default (a PostgreSQL of its own in the
 * data directory, holding that directory's lock), and the CLI commands of a second terminal, on the same data
 * directory, use the server's database instead of failing on the lock — and see the same data as the server.
 */
class EmbeddedServerCliTest {
    @TempDir
    static Path dataDir;
    private static ConfigurableApplicationContext server;
    private static int port;

    @BeforeAll
    static void startServerOnTheEmbeddedDefault() {
        server = SpringApplication.run(LedgerApplication.class, "--server.port=0", "--spring.datasource.url=",
                "--ledger.data-dir=" + dataDir, "--spring.datasource.hikari.maximum-pool-size=4");
        port = ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            assertThat(dataDir.resolve(RunningEmbedded.FILE)).doesNotExist(); // a stopped server leaves no note
        }
    }

    private static CliRun cli(String dataDirectory, String... args) {
        return CliRun.of(Map.of("ledger.data-dir", dataDirectory), args);
    }

    @Test
    void userAddImportReportAndVerifyWorkBesideTheRunningServer() throws Exception {
        assertThat(dataDir.resolve(RunningEmbedded.FILE)).exists();
        Path password = Files.writeString(dataDir.resolve("password.txt"), "a-long-admin-password\n");
        CliRun admin = cli(dataDir.toString(), "user", "add", "--admin", "--username", "admin",
                "--password-file", password.toString());
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(server.getBean(UserService.class).find("admin")).isPresent(); // the server sees the CLI's user

        Path history = dataDir.resolve("history.jsonl");
        Files.write(history, List.of(
                line("RegisterDepartment", body("departmentId", "cli", "name", "命令行单位"), "2024-01-02T09:00:00+08:00"),
                line("OpenFiscalYear", body("departmentId", "cli", "year", 2024), "2024-01-02T09:10:00+08:00"),
                line("RecordAppropriation", body("departmentId", "cli", "year", 2024, "lineId", "L1",
                        "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201",
                        "amount", "1000.00", "initial", true, "businessDate", "2024-01-05"), "2024-01-05T10:00:00+08:00")),
                StandardCharsets.UTF_8);
        CliRun imported = cli(dataDir.toString(), "import", history.toString(), "--as", "admin");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("rejected 0");

        CliRun token = cli(dataDir.toString(), "user", "token", "--username", "admin", "--name", "脚本");
        assertThat(token.exit()).as(token.err()).isZero();
        assertThat(Api.anonymous(port).withToken(token.out().trim()).get("/api/v1/departments/cli").expect(200).raw())
                .contains("命令行单位"); // the server reads what the CLI imported

        CliRun report = cli(dataDir.toString(), "report", "--department", "cli", "--year", "2024", "--format", "figures-json");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("1000.00");

        CliRun verified = cli(dataDir.toString(), "verify");
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("streams checked: 1").contains("broken: 0").contains("OK");
    }

    @Test
    void aLockedDataDirectoryWithoutAServerNoteIsOneChineseLine() {
        // another process (an older server, a second command) holds the lock: zonky's failure, as Spring wraps it
        Exception failure = new org.springframework.beans.factory.BeanCreationException("dataSource",
                new java.io.UncheckedIOException("嵌入式 PostgreSQL 启动失败（数据目录 /srv/data）",
                        new java.io.IOException("could not lock /srv/data/pg/epg-lock")));
        String line = CliFailure.line(failure);
        assertOneChineseLine(line);
        assertThat(line).contains("正被另一个进程使用").contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsOneChineseLineAndDebugShowsTheStack() {
        Map<String, String> unreachable = Map.of("ledger.data-dir", dataDir.toString(),
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/nothing");
        CliRun failed = CliRun.of(unreachable, "verify");
        assertThat(failed.exit()).isEqualTo(1);
        assertOneChineseLine(failed.err());
        assertThat(failed.err()).contains("无法连接数据库");

        CliRun debug = CliRun.of(unreachable, "verify", "--debug");
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.err()).contains("无法连接数据库").contains("\tat ");
    }

    static void assertOneChineseLine(String err) {
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(err).hasSize(1);
        assertThat(lines.get(0)).startsWith("错误：").doesNotContain("Exception");
        assertThat(err).doesNotContain("\tat ");
    }
}
