package budgetledger.app.support;

import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.security.TokenService;
import budgetledger.app.security.UserService;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Acting as a user in the integration tests: users created through the application's own {@link UserService} and
 * API tokens through its {@link TokenService}, in the test's database. Every running test application registers
 * here by its port, so {@code new Api(port)} is signed in as {@link #OPERATOR}, and {@code api.as(name)} as anyone.
 * <p>
 * {@link #OPERATOR} holds every role in every department — the tests of the ledger's rules act through it;
 * {@link #CHECKER} is the second person of maker–checker, an approver everywhere. What each role alone may do is
 * the authorization matrix's business (security.AuthorizationMatrixTest).
 */
public final class TestUsers {
    public static final String OPERATOR = "operator";
    public static final String CHECKER = "checker";
    private static final Map<Integer, TestUsers> BY_PORT = new ConcurrentHashMap<>();

    private final ApplicationContext context;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestUsers(ApplicationContext context) {
        this.context = context;
    }

    /** Registers a running application (its web port) so that {@link Api} clients of that port can sign in. */
    public static int register(ApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        BY_PORT.put(port, new TestUsers(context));
        return port;
    }

    public static TestUsers at(int port) {
        TestUsers users = BY_PORT.get(port);
        if (users == null) {
            throw new IllegalStateException("no test application registered on port " + port
                    + ": extend PostgresIntegrationTest, or call TestUsers.register(context) after starting it");
        }
        return users;
    }

    /** A bearer token of this user, creating {@link #OPERATOR} / {@link #CHECKER} on first use. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, name -> {
            UserService users = context.getBean(UserService.class);
            if (users.find(name).isEmpty()) {
                if (name.equals(OPERATOR)) {
                    create(name, EnumSet.allOf(Role.class), List.of(LedgerUser.ALL_DEPARTMENTS));
                } else if (name.equals(CHECKER)) {
                    create(name, EnumSet.of(Role.APPROVER), List.of(LedgerUser.ALL_DEPARTMENTS));
                } else {
                    throw new IllegalArgumentException("no such test user: " + name + " (create it with user(...))");
                }
            }
            return context.getBean(TokenService.class).create(name, "test", 1).token();
        });
    }

    /** Creates a user with these roles and departments (a random password) and returns its token. */
    public String user(String username, Set<Role> roles, Collection<String> departments) {
        create(username, roles, departments);
        return token(username);
    }

    /** Creates a user with a known password (for the sign-in tests). */
    public LedgerUser create(String username, String password, Set<Role> roles, Collection<String> departments) {
        return context.getBean(UserService.class).create(username, new UserService.Changes(null, password,
                roles.stream().map(Role::name).toList(), departments, true), "test");
    }

    private void create(String username, Set<Role> roles, Collection<String> departments) {
        create(username, "pw-" + UUID.randomUUID(), roles, departments);
    }

    public static Set<Role> roles(Role... roles) {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    /**
     * Imported by {@link PostgresIntegrationTest}: registers the application when its web server is up, and signs
     * the {@code TestRestTemplate} in as {@link #OPERATOR} (unless a request sets its own Authorization).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration implements ApplicationListener<WebServerInitializedEvent> {
        private volatile int port = -1;

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if ("management".equals(event.getApplicationContext().getServerNamespace())) {
                return;
            }
            port = register(event.getApplicationContext());
        }

        @Bean
        RestTemplateCustomizer signedInAsOperator() {
            return rest -> rest.getInterceptors().add((request, body, execution) -> {
                if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION) && port > 0) {
                    request.getHeaders().setBearerAuth(at(port).token(OPERATOR));
                }
                return execution.execute(request, body);
            });
        }
    }
}
