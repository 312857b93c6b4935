package budgetledger.app.cli;

import budgetledger.app.security.AdminBootstrap;
import budgetledger.app.security.FirstRunLink;
import budgetledger.app.security.Role;
import budgetledger.app.security.UserService;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Sql;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator (from the environment, or {@code user add --admin}), other users and tokens from the
 * command line, and {@code import} as the administrator's migration: only an existing ADMIN may run it, the file
 * has a size limit, and the seed's adjustments are recorded as approved elsewhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserCliTest extends PostgresIntegrationTest {
    @Autowired
    UserService users;
    @LocalServerPort
    int port;

    private CliRun cli(Map<String, String> properties, String... args) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.put("spring.datasource.url", dbUrl);
        return CliRun.of(all, args);
    }

    private CliRun cli(String... args) {
        return cli(Map.of(), args);
    }

    private static Path file(String name, String content) throws Exception {
        Path f = Files.createTempFile(name, ".txt");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        f.toFile().deleteOnExit();
        return f;
    }

    @Test
    @Order(1)
    void theFirstAdministratorComesFromTheEnvironmentOnlyWhenThereIsNone() {
        assertThat(users.anyAdministrator()).isFalse();
        new AdminBootstrap(users, "", "", new FirstRunLink(), new MockEnvironment()).run(null); // nothing configured: nothing created, no default password
        assertThat(users.count()).isZero();

        new AdminBootstrap(users, "env-admin", "from-the-environment-1", new FirstRunLink(), new MockEnvironment()).run(null);
        assertThat(users.find("env-admin").orElseThrow().roles()).containsExactly(Role.ADMIN);

        new AdminBootstrap(users, "second-admin", "from-the-environment-2", new FirstRunLink(),
                new MockEnvironment()).run(null);
        assertThat(users.find("second-admin")).isEmpty();
    }

    @Test
    @Order(2)
    void userAddCreatesAdministratorsAndUsersWithHashedPasswords() throws Exception {
        Path password = file("pw", "a-long-admin-password\n");
        CliRun admin = cli("user", "add", "--admin", "--username", "root-admin", "--password-file", password.toString());
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(users.find("root-admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(Sql.string(dbUrl, "SELECT password_hash FROM ledger_user WHERE username = 'root-admin'"))
                .startsWith("{bcrypt}").doesNotContain("a-long-admin-password");

        CliRun clerk = cli("user", "add", "--username", "clerk", "--role", "RECORDER", "--department", "yiyang-zzb",
                "--display-name", "朱琳", "--password-file", password.toString());
        assertThat(clerk.exit()).as(clerk.err()).isZero();
        assertThat(users.find("clerk").orElseThrow().departments()).containsExactly("yiyang-zzb");

        CliRun weak = cli("user", "add", "--username", "weak", "--role", "RECORDER", "--password-file",
                file("short", "123").toString());
        assertThat(weak.exit()).isEqualTo(2);
        assertThat(weak.err()).contains("密码至少");
        CliRun noRole = cli("user", "add", "--username", "nobody", "--password-file", password.toString());
        assertThat(noRole.exit()).isEqualTo(2);

        CliRun token = cli("user", "token", "--username", "clerk", "--name", "脚本");
        assertThat(token.exit()).as(token.err()).isZero();
        String printed = token.out().trim();
        assertThat(printed).startsWith("lgr_");
        assertThat(Api.anonymous(port).withToken(printed).get("/api/v1/me").expect(200).json().path("username").asText())
                .isEqualTo("clerk");
    }

    @Test
    @Order(3)
    void importRunsOnlyAsAnAdministrator() throws Exception {
        Path seed = Path.of("..", "datasets", "yiyang-zzb.jsonl").toAbsolutePath().normalize();
        if (!Files.exists(seed)) {
            seed = Path.of("datasets", "yiyang-zzb.jsonl").toAbsolutePath();
        }
        CliRun missing = cli("import", seed.toString());
        assertThat(missing.exit()).isEqualTo(2); // --as is required
        CliRun notAdmin = cli("import", seed.toString(), "--as", "clerk");
        assertThat(notAdmin.exit()).isEqualTo(2);
        assertThat(notAdmin.err()).contains("不是已启用的管理员");
        CliRun unknown = cli("import", seed.toString(), "--as", "ghost");
        assertThat(unknown.exit()).isEqualTo(2);
        CliRun tooBig = cli(Map.of("ledger.limits.max-import-file", "1KB"), "import", seed.toString(), "--as", "root-admin");
        assertThat(tooBig.exit()).isEqualTo(2);
        assertThat(tooBig.err()).contains("上限");
        assertThat(Sql.events(dbUrl)).isZero();

        CliRun imported = cli("import", seed.toString(), "--as", "root-admin");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("rejected 0");
        // the seed's adjustments are the migration of history approved elsewhere: recorded directly, by its recorder
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%BudgetAdjusted'"))
                .isGreaterThan(0);
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%Proposed'")).isZero();
    }
}
