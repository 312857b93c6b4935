package budgetledger.app.cli;

import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.security.SecurityLog;
import budgetledger.app.security.TokenService;
import budgetledger.app.security.UserService;
import budgetledger.app.security.ProblemException;
import budgetledger.core.common.LedgerException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Users, from the machine the ledger runs on (whoever can run this holds the database credentials): the first
 * administrator, other users, and API tokens for scripts. Passwords are read from the terminal, standard input or a
 * file — never from the command line, where other users of the machine could see them.
 */
@Command(name = "user", description = "Manage users: add (the first administrator too), list, token.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Token.class})
class UserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "add", description = {"Add a user. The password is read from the terminal (asked twice), from "
            + "standard input (first line), or from --password-file.",
            "  user add --admin --username admin",
            "  user add --username zhulin --role RECORDER --department yiyang-zzb < password.txt"})
    static class Add implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--admin", description = "an administrator (role ADMIN)")
        boolean admin;

        @Option(names = "--role", split = ",", description = "RECORDER 录入, APPROVER 审核, REVIEWER 财政, AUDITOR 审计, ADMIN 管理员 (repeatable)")
        List<String> roles = new ArrayList<>();

        @Option(names = "--department", split = ",", description = "a department the user belongs to (repeatable; * = every department)")
        List<String> departments = new ArrayList<>();

        @Option(names = "--display-name", description = "the person's name, e.g. 朱琳")
        String displayName;

        @Option(names = "--password-file", description = "read the password from the first line of this file")
        Path passwordFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<String> all = new ArrayList<>(roles);
            if (admin) {
                all.add(Role.ADMIN.name());
            }
            if (all.isEmpty()) {
                spec.commandLine().getErr().println("请用 --admin 或 --role 指定至少一个角色");
                return 2;
            }
            String password = readPassword(spec);
            if (password == null) {
                return 2;
            }
            try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
                LedgerUser user = ctx.getBean(UserService.class).create(username,
                        new UserService.Changes(displayName, password, all, departments, true), "cli");
                SecurityLog.event("user_created", "cli", null, UserService.logDetails(user));
                spec.commandLine().getOut().printf("created user %s with roles %s, departments %s%n", user.username(),
                        user.roles(), user.departments().isEmpty() ? "(none)" : user.departments());
                return 0;
            } catch (LedgerException e) {
                spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
                return 2;
            } catch (ProblemException e) {
                spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
                return 2;
            }
        }

        private String readPassword(CommandSpec spec) throws Exception {
            if (passwordFile != null) {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : lines.get(0);
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("密码（至少 %d 个字符）: ", UserService.MIN_PASSWORD_LENGTH);
                char[] again = console.readPassword("再次输入密码: ");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    spec.commandLine().getErr().println("两次输入的密码不一致");
                    return null;
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
    }

    @Command(name = "list", description = "List the users with their roles and departments.")
    static class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
                UserService users = ctx.getBean(UserService.class);
                for (int page = 0; ; page++) {
                    List<LedgerUser> batch = users.list(page, UserService.MAX_PAGE_SIZE);
                    for (LedgerUser u : batch) {
                        spec.commandLine().getOut().printf("%s\t%s\t%s\t%s%n", u.username(), u.roles(), u.departments(),
                                u.enabled() ? "enabled" : "disabled");
                    }
                    if (batch.size() < UserService.MAX_PAGE_SIZE) {
                        return 0;
                    }
                }
            }
        }
    }

    @Command(name = "token", description = "Create an API token for a user (printed once), e.g. for a script.")
    static class Token implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--name", defaultValue = "CLI", description = "what the token is for")
        String name;

        @Option(names = "--days", description = "validity in days (default 90)")
        Integer days;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
                TokenService.Created created = ctx.getBean(TokenService.class).create(username, name, days);
                SecurityLog.event("token_created", "cli", null, Map.of("target", username, "token_id", created.tokenId()));
                spec.commandLine().getErr().printf("token %s for %s, valid until %s (shown once):%n", created.tokenId(),
                        username, created.expiresAt());
                spec.commandLine().getOut().println(created.token());
                return 0;
            } catch (LedgerException e) {
                spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
                return 2;
            } catch (ProblemException e) {
                spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
                return 2;
            }
        }
    }

    @ParentCommand
    LedgerCli parent;
}
