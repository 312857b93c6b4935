package budgetledger.app.security;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every endpoint the running application actually has (the handler methods of its
 * request-mapping handler mappings, the generic command routes expanded with the {@link CommandCatalogue}) × every role ×
 * own department / other department / no department, plus anonymous — each cell a real HTTP request, compared with
 * the table below. An endpoint missing from the table fails the test, so a new endpoint cannot ship without a rule.
 * <p>
 * Notation of the table: {@code ROLE:own} — that role, in the department the request is about; {@code ROLE:any} —
 * that role, whatever its departments; {@code SIGNED_IN} — every signed-in user; {@code PUBLIC} — anyone, signed in
 * or not; {@code NOBODY} — no one with an API token (the endpoint needs a password session).
 */
@AutoConfigureObservability // the Prometheus endpoint exists, as in production (tests turn metrics export off)
class AuthorizationMatrixTest extends PostgresIntegrationTest {
    static final String OWN = "mx-own";
    static final String OTHER = "mx-other";
    static final String READ = "RECORDER:own APPROVER:own REVIEWER:any AUDITOR:any";
    static final String HISTORY = "RECORDER:own APPROVER:own AUDITOR:any";
    static final String Y = "POST /api/v1/departments/{departmentId}/years/{year}/";

    /** The expected table: endpoint (method and pattern, generic routes expanded) → who is allowed. */
    static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            // commands: Permissions.COMMANDS
            Map.entry("POST /api/v1/departments", "ADMIN:any"),
            Map.entry("POST /api/v1/departments/{departmentId}/years", "APPROVER:own"),
            Map.entry(Y + "establishment", "RECORDER:own"),
            Map.entry(Y + "appropriations", "RECORDER:own"),
            Map.entry(Y + "adjustments", "RECORDER:own APPROVER:own"),
            Map.entry(Y + "transfers", "RECORDER:own APPROVER:own"),
            Map.entry(Y + "receipts", "RECORDER:own"),
            Map.entry(Y + "procurement-budget", "RECORDER:own"),
            Map.entry(Y + "three-public-limits", "RECORDER:own"),
            Map.entry(Y + "expenditures", "RECORDER:own"),
            Map.entry(Y + "projects", "RECORDER:own"),
            Map.entry(Y + "goals", "RECORDER:own"),
            Map.entry(Y + "indicators", "RECORDER:own"),
            Map.entry(Y + "texts", "RECORDER:own"),
            Map.entry(Y + "submissions", "APPROVER:own"),
            Map.entry(Y + "close", "APPROVER:own"),
            Map.entry(Y + "opening-balances", "APPROVER:own"),
            Map.entry(Y + "prior-year-figures", "APPROVER:own"),
            Map.entry(Y + "classification-codes", "ADMIN:own"),
            Map.entry(Y + "expenditures/{id}/reversal", "RECORDER:own"),
            Map.entry(Y + "indicators/{id}/outcome", "RECORDER:own"),
            Map.entry(Y + "proposals/{id}/approve", "APPROVER:own"),
            Map.entry(Y + "proposals/{id}/reject", "APPROVER:own"),
            Map.entry(Y + "projects/{id}/withdrawal", "RECORDER:own"),
            Map.entry(Y + "indicators/{id}/withdrawal", "RECORDER:own"),
            Map.entry(Y + "goal-withdrawals", "RECORDER:own"),
            Map.entry(Y + "reconcile", READ),
            Map.entry(Y + "imports/vouchers", "RECORDER:own"),
            Map.entry(Y + "imports/appropriations", "RECORDER:own"),
            Map.entry(Y + "imports/adjustments", "RECORDER:own APPROVER:own"),
            // reading
            Map.entry("GET /api/v1/commands", "SIGNED_IN"),
            Map.entry("GET /api/v1/departments", "SIGNED_IN"),
            Map.entry("GET /api/v1/departments/{departmentId}", "ADMIN:any " + READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/figures", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/report", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/projects/{projectCode}/report", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/submissions", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/proposals", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/exports/vouchers", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/exports/budget-lines", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/exports/final-accounts", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/templates/vouchers.xlsx", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/templates/budget.xlsx", READ),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/events", HISTORY),
            Map.entry("GET /api/v1/departments/{departmentId}/years/{year}/figures/{name}/events", HISTORY),
            Map.entry("GET /api/v1/audit/verify", "AUDITOR:any"),
            Map.entry("POST /api/v1/audit/seals", "ADMIN:any"),
            Map.entry("GET /api/v1/audit/seals", "AUDITOR:any"),
            Map.entry("GET /api/v1/audit/seals/verify", "AUDITOR:any"),
            Map.entry("GET /api/v1/classification/{year}/functional", "SIGNED_IN"),
            Map.entry("GET /api/v1/classification/{year}/economic", "SIGNED_IN"),
            Map.entry("GET /api/v1/classification/{year}/government-economic", "SIGNED_IN"),
            // accounts and tokens
            Map.entry("GET /api/v1/me", "SIGNED_IN"),
            Map.entry("GET /api/v1/tokens", "SIGNED_IN"),
            Map.entry("POST /api/v1/tokens", "NOBODY"),
            Map.entry("DELETE /api/v1/tokens/{tokenId}", "SIGNED_IN"),
            Map.entry("GET /api/v1/users", "ADMIN:any"),
            Map.entry("POST /api/v1/users", "ADMIN:any"),
            Map.entry("GET /api/v1/users/{username}", "ADMIN:any"),
            Map.entry("PUT /api/v1/users/{username}", "ADMIN:any"),
            // pages
            Map.entry("GET /login", "PUBLIC"),
            Map.entry("GET /setup", "PUBLIC"),
            Map.entry("POST /setup", "PUBLIC"),
            Map.entry("GET /", "SIGNED_IN"),
            Map.entry("GET /account", "SIGNED_IN"),
            Map.entry("GET /departments/{departmentId}/years/{year}", READ),
            Map.entry("GET /departments/{departmentId}/years/{year}/expenditures/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/expenditures/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/imports/vouchers", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/imports/vouchers", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/imports/appropriations", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/imports/appropriations", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/imports/adjustments", "RECORDER:own APPROVER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/imports/adjustments", "RECORDER:own APPROVER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/imports/jobs/{jobId}", READ),
            Map.entry("GET /departments/{departmentId}/years/{year}/proposals", READ),
            Map.entry("GET /departments/{departmentId}/years/{year}/report", READ),
            Map.entry("GET /departments/{departmentId}/years/{year}/figures/{name}/events", HISTORY),
            Map.entry("POST /departments/{departmentId}/years/{year}/proposals/{proposalId}/approve", "APPROVER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/proposals/{proposalId}/reject", "APPROVER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/adjustments/new", "RECORDER:own APPROVER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/adjustments/new", "RECORDER:own APPROVER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/expenditures/reversal/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/expenditures/reversal/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/receipts/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/receipts/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/appropriations/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/appropriations/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/transfers/new", "RECORDER:own APPROVER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/transfers/new", "RECORDER:own APPROVER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/indicators/outcome/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/indicators/outcome/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/projects/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/projects/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/projects/withdrawal/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/projects/withdrawal/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/indicators/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/indicators/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/indicators/withdrawal/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/indicators/withdrawal/new", "RECORDER:own"),
            Map.entry("GET /departments/{departmentId}/years/{year}/texts/new", "RECORDER:own"),
            Map.entry("POST /departments/{departmentId}/years/{year}/texts/new", "RECORDER:own"),
            Map.entry("GET /events", "SIGNED_IN"),
            Map.entry("GET /departments/{departmentId}/events", HISTORY),
            Map.entry("GET /departments/{departmentId}/years/{year}/events", HISTORY),
            Map.entry("GET /departments/{departmentId}/years/{year}/events/{sequence}", HISTORY),
            Map.entry("GET /audit/verify", "AUDITOR:any"),
            Map.entry("GET /admin/users", "ADMIN:any"),
            Map.entry("POST /admin/users", "ADMIN:any"),
            Map.entry("GET /admin/users/{username}", "ADMIN:any"),
            Map.entry("POST /admin/users/{username}", "ADMIN:any"),
            Map.entry("GET /admin/departments", "ADMIN:any"),
            Map.entry("POST /admin/departments", "ADMIN:any"),
            Map.entry("POST /account/tokens", "NOBODY"),
            Map.entry("POST /account/tokens/{tokenId}/revoke", "SIGNED_IN"),
            // the platform
            Map.entry("GET /error", "PUBLIC"),
            Map.entry("GET /actuator/health", "PUBLIC"),
            Map.entry("GET /actuator/health/**", "PUBLIC"),
            Map.entry("GET /actuator", "ADMIN:any"),
            Map.entry("GET /actuator/info", "ADMIN:any"),
            Map.entry("GET /actuator/prometheus", "ADMIN:any"),
            Map.entry("GET /actuator/metrics", "ADMIN:any"),
            Map.entry("GET /actuator/metrics/{requiredMetricName}", "ADMIN:any"),
            Map.entry("GET /v3/api-docs", "SIGNED_IN"),
            Map.entry("GET /v3/api-docs.yaml", "SIGNED_IN"),
            Map.entry("GET /v3/api-docs/swagger-config", "SIGNED_IN"),
            Map.entry("GET /swagger-ui.html", "SIGNED_IN")));

    enum Scope { own, other, none }

    record Subject(String name, Role role, Scope scope) {
        boolean anonymous() {
            return role == null;
        }

        @Override
        public String toString() {
            return anonymous() ? "anonymous" : role + ":" + scope;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyEndpointTimesEveryRoleAndDepartmentIsAsTheTableSays() throws Exception {
        Api operator = new Api(port);
        Recording rec = new Recording(operator);
        for (String d : List.of(OWN, OTHER)) {
            rec.ledger(d, 2024);
            rec.appropriation(d, 2024, "L1", "1000.00");
        }
        TestUsers users = TestUsers.at(port);
        Map<Subject, String> tokens = new LinkedHashMap<>();
        tokens.put(new Subject("anonymous", null, null), null);
        for (Role role : Role.values()) {
            for (Scope scope : Scope.values()) {
                String name = "mx-" + role.name().toLowerCase() + "-" + scope;
                List<String> departments = switch (scope) {
                    case own -> List.of(OWN);
                    case other -> List.of(OTHER);
                    case none -> List.of();
                };
                tokens.put(new Subject(name, role, scope), users.user(name, TestUsers.roles(role), departments));
            }
        }

        Map<String, String> endpoints = actualEndpoints();
        assertThat(new TreeSet<>(endpoints.keySet())).as("endpoints of the running application without a row in "
                + "the expected table (every endpoint needs a rule)").isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet()).as("rows of the table for endpoints the application does not have")
                .isSubsetOf(endpoints.keySet());

        int cells = 0;
        List<String> unexpectedAllows = new ArrayList<>();
        List<String> unexpectedDenials = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            for (Map.Entry<Subject, String> subject : tokens.entrySet()) {
                boolean expected = allowed(EXPECTED.get(endpoint.getKey()), subject.getKey());
                HttpResponse<String> r = send(method, endpoint.getValue(), subject.getValue());
                boolean denied = denied(r);
                cells++;
                String cell = endpoint.getKey() + " × " + subject.getKey() + " → " + r.statusCode() + " " + code(r);
                if (!denied && r.statusCode() >= 500 && !endpoint.getKey().equals("GET /error")) {
                    serverErrors.add(cell);
                }
                if (expected && denied) {
                    unexpectedDenials.add(cell);
                } else if (!expected && !denied) {
                    unexpectedAllows.add(cell);
                }
            }
        }
        System.out.printf("authorization matrix: %d endpoints × %d subjects = %d cells; unexpected allows: %d; "
                        + "unexpected denials: %d%n", endpoints.size(), tokens.size(), cells, unexpectedAllows.size(),
                unexpectedDenials.size());
        unexpectedAllows.forEach(c -> System.out.println("  UNEXPECTED ALLOW  " + c));
        unexpectedDenials.forEach(c -> System.out.println("  UNEXPECTED DENIAL " + c));
        assertThat(unexpectedAllows).as("unexpected allows").isEmpty();
        assertThat(unexpectedDenials).as("unexpected denials").isEmpty();
        assertThat(serverErrors).as("allowed requests answered with a server error").isEmpty();
        assertThat(cells).isEqualTo(EXPECTED.size() * (Role.values().length * Scope.values().length + 1));
    }

    /** "METHOD pattern" → a concrete path for it, from every request-mapping handler mapping of the application. */
    private Map<String, String> actualEndpoints() {
        Map<String, String> out = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
                if (methods.isEmpty()) {
                    methods.add("GET"); // a mapping for any method (the error page): asked with GET
                }
                Set<String> patterns = info.getPathPatternsCondition() != null
                        ? info.getPathPatternsCondition().getPatternValues() : info.getPatternValues();
                for (String method : methods) {
                    for (String pattern : patterns) {
                        for (String expanded : expand(pattern)) {
                            out.put(method + " " + expanded, concrete(expanded));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The generic command routes, one row per command they can reach. */
    private static List<String> expand(String pattern) {
        if (pattern.endsWith("/{resource}/{id}/{action}")) {
            String base = pattern.substring(0, pattern.length() - "{resource}/{id}/{action}".length());
            return CommandCatalogue.itemRoutes().keySet().stream()
                    .map(k -> base + k.substring(0, k.indexOf('/')) + "/{id}/" + k.substring(k.indexOf('/') + 1)).toList();
        }
        if (pattern.endsWith("/{resource}")) {
            String base = pattern.substring(0, pattern.length() - "{resource}".length());
            return CommandCatalogue.yearRoutes().keySet().stream().map(k -> base + k).toList();
        }
        return List.of(pattern);
    }

    private static String concrete(String pattern) {
        return pattern.replace("{departmentId}", OWN).replace("{year}", "2024").replace("{id}", "X1")
                .replace("{name}", "budget.full").replace("{tokenId}", "tk_0000").replace("{proposalId}", "P-X1").replace("{username}", "mx-nobody")
                .replace("{sequence}", "0").replace("{projectCode}", "P-X1").replace("{jobId}", "no-such-job")
                .replace("{requiredMetricName}", "jvm.memory.used").replace("/**", "/liveness");
    }

    static boolean allowed(String rule, Subject s) {
        if (rule.equals("PUBLIC")) {
            return true;
        }
        if (s.anonymous() || rule.equals("NOBODY")) {
            return false;
        }
        if (rule.equals("SIGNED_IN")) {
            return true;
        }
        for (String part : rule.split(" ")) {
            String[] roleScope = part.split(":");
            if (roleScope[0].equals(s.role().name())
                    && (roleScope[1].equals("any") || s.scope() == Scope.own)) {
                return true;
            }
        }
        return false;
    }

    /** Refused by the security layer: 401/403 with its codes, or a page's redirect to the sign-in page. */
    private static boolean denied(HttpResponse<String> r) {
        if (r.statusCode() == 302 || r.statusCode() == 303) {
            return r.headers().firstValue("Location").orElse("").endsWith("/login");
        }
        if (r.statusCode() == 401) {
            return true;
        }
        return r.statusCode() == 403 && Set.of("FORBIDDEN", "UNAUTHENTICATED").contains(code(r));
    }

    private static String code(HttpResponse<String> r) {
        try {
            JsonNode n = Api.JSON.readTree(r.body());
            return n == null ? "" : n.path("code").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, */*;q=0.5");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8);
        switch (method) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.method(method, body).header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
