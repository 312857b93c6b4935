package budgetledger.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The first administrator from the environment, on a start with no administrator yet:
 * {@code LEDGER_ADMIN_USERNAME} and {@code LEDGER_ADMIN_PASSWORD} (both, or nothing happens). There is no default
 * password; without them, and without an administrator, the log says how to create one.
 */
@Component
@ConditionalOnWebApplication // the server's start; CLI commands keep their output clean
public class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final UserService users;
    private final String username;
    private final String password;

    public AdminBootstrap(UserService users, @Value("${ledger.admin.username:}") String username,
                          @Value("${ledger.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdministrator()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("没有管理员账户：请运行 `java -jar ledger-app.jar user add --admin --username <名字>`，"
                    + "或在首次启动时设置 LEDGER_ADMIN_USERNAME 和 LEDGER_ADMIN_PASSWORD");
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
