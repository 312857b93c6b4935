package budgetledger.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The first administrator from the environment, on a start with no administrator yet:
 * {@code LEDGER_ADMIN_USERNAME} and {@code LEDGER_ADMIN_PASSWORD} (both, or nothing happens). There is no default
 * password; without them, and without an administrator, the log prints a one-time setup link ({@link FirstRunLink})
 * whose page creates one, and the CLI way.
 */
@Component
@ConditionalOnWebApplication // the server's start; CLI commands keep their output clean
public class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final UserService users;
    private final String username;
    private final String password;
    private final FirstRunLink firstRun;
    private final Environment environment;

    public AdminBootstrap(UserService users, @Value("${ledger.admin.username:}") String username,
                          @Value("${ledger.admin.password:}") String password, FirstRunLink firstRun,
                          Environment environment) {
        this.users = users;
        this.username = username;
        this.password = password;
        this.firstRun = firstRun;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdministrator()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            String path = "/setup?token=" + firstRun.issue();
            // the port the server listens on, known once it has started (runners run after that)
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            log.warn("没有管理员账户。请在浏览器打开 http://localhost:{}{} 创建首位管理员（一次性链接，用后即失效；"
                    + "重启后会打印新链接），或运行 `java -jar ledger-app.jar user add --admin --username <名字>`，"
                    + "或在首次启动时设置 LEDGER_ADMIN_USERNAME 和 LEDGER_ADMIN_PASSWORD", port, path);
            return;
        }
        if (users.find(username.trim()).isPresent()) {
            log.warn("LEDGER_ADMIN_USERNAME {} 已存在但不是启用的管理员，未作更改", username.trim());
            return;
        }
        LedgerUser admin = users.create(username, new UserService.Changes(null, password, List.of(Role.ADMIN.name()),
                List.of(), true), "environment");
        SecurityLog.event("user_created", "environment", null, Map.of("target", admin.username(), "roles", admin.roles()));
        log.info("已根据 LEDGER_ADMIN_USERNAME 创建首位管理员 {}", admin.username());
    }
}
