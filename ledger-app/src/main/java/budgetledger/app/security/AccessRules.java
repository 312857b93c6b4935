package budgetledger.app.security;

import budgetledger.app.security.Permissions.Access;
import budgetledger.core.ledger.Commands;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static budgetledger.app.security.Permissions.Access.ADMIN;
import static budgetledger.app.security.Permissions.Access.AUDIT;
import static budgetledger.app.security.Permissions.Access.COMMAND;
import static budgetledger.app.security.Permissions.Access.DIRECTORY;
import static budgetledger.app.security.Permissions.Access.HISTORY;
import static budgetledger.app.security.Permissions.Access.PASSWORD_SESSION;
import static budgetledger.app.security.Permissions.Access.PUBLIC;
import static budgetledger.app.security.Permissions.Access.READ;
import static budgetledger.app.security.Permissions.Access.SIGNED_IN;

/**
 * Every endpoint's access rule, in one table: method and path pattern (exactly as the controller maps it) → the
 * {@link Access} it needs; {@code {departmentId}} in the path is the department the rule is checked against, and the
 * command routes come from the {@link CommandCatalogue}. {@link LedgerAuthorization} applies it to
 * every request; an endpoint that has no rule here is refused (and logged), so none can be forgotten.
 */
public final class AccessRules {
    private static final String YEAR = CommandCatalogue.YEAR;
    /** The pages of a department-year (a form's page needs what its command needs). */
    public static final String PAGE_YEAR = "/departments/{departmentId}/years/{year}";

    /** One rule; {@code methods} empty means any method; {@code command} names the command of a COMMAND rule. */
    public record Rule(Set<String> methods, String pattern, Access access, Function<Map<String, String>, String> command) {
        PathPattern parsed() {
            return PathPatternParser.defaultInstance.parse(pattern);
        }
    }

    /** The rule a request falls under, with the path variables and the department and command they name. */
    public record Match(Rule rule, Map<String, String> variables, String departmentId, String command) {
    }

    /** (Before RULES, which reads it.) The commands that have a recording form in the browser (package {@code pages}). */
    static final List<Commands> FORMS = List.of(Commands.RECORD_EXPENDITURE, Commands.REVERSE_EXPENDITURE,
            Commands.RECEIVE_FUNDS, Commands.RECORD_APPROPRIATION, Commands.PROPOSE_BUDGET_ADJUSTMENT,
            Commands.PROPOSE_BUDGET_TRANSFER, Commands.RECORD_INDICATOR_OUTCOME, Commands.RECORD_EVALUATION_TEXT,
            Commands.REGISTER_PROJECT, Commands.WITHDRAW_PROJECT, Commands.DEFINE_INDICATOR, Commands.WITHDRAW_INDICATOR);

    public static final List<Rule> RULES = Stream.of(commandRules(), formRules(), Stream.of(
            // reading a department
            rule("GET", "/api/v1/commands", SIGNED_IN),
            rule("GET", "/api/v1/departments", SIGNED_IN), // the list shows only what the user may see
            rule("GET", "/api/v1/departments/{departmentId}", DIRECTORY),
            rule("GET", YEAR, READ),
            rule("GET", YEAR + "/figures", READ),
            rule("POST", YEAR + "/reconcile", READ), // a computation over the figures: records nothing
            rule("GET", YEAR + "/report", READ),
            rule("GET", YEAR + "/projects/{projectCode}/report", READ),
            rule("GET", YEAR + "/submissions", READ),
            rule("GET", YEAR + "/proposals", READ),
            rule("GET", YEAR + "/exports/vouchers", READ),
            rule("GET", YEAR + "/exports/budget-lines", READ),
            rule("GET", YEAR + "/exports/final-accounts", READ),
            // blank sheets with the year's code lists: what anyone who may read the year may read
            rule("GET", YEAR + "/templates/vouchers.xlsx", READ),
            rule("GET", YEAR + "/templates/budget.xlsx", READ),
            rule("GET", YEAR + "/events", HISTORY),
            rule("GET", YEAR + "/figures/{name}/events", HISTORY),
            // a voucher sheet: its rows are RecordExpenditure commands, each checked again as it is sent
            rule("POST", YEAR + "/imports/vouchers", Commands.RECORD_EXPENDITURE.commandName()),
            // a 年初预算 table: RecordAppropriation rows; an adjustment document: proposals (the import checks both kinds)
            rule("POST", YEAR + "/imports/appropriations", Commands.RECORD_APPROPRIATION.commandName()),
            rule("POST", YEAR + "/imports/adjustments", Commands.PROPOSE_BUDGET_ADJUSTMENT.commandName()),
            rule("GET", "/api/v1/audit/verify", AUDIT),
            rule("POST", "/api/v1/audit/seals", ADMIN),
            rule("GET", "/api/v1/audit/seals", AUDIT),
            rule("GET", "/api/v1/audit/seals/verify", AUDIT),
            // reference data: the classification catalogue of a year
            rule("GET", "/api/v1/classification/{year}/functional", SIGNED_IN),
            rule("GET", "/api/v1/classification/{year}/economic", SIGNED_IN),
            rule("GET", "/api/v1/classification/{year}/government-economic", SIGNED_IN),
            // accounts and tokens
            rule("GET", "/api/v1/me", SIGNED_IN),
            rule("GET", "/api/v1/tokens", SIGNED_IN),
            rule("POST", "/api/v1/tokens", PASSWORD_SESSION),
            rule("DELETE", "/api/v1/tokens/{tokenId}", SIGNED_IN), // one's own tokens only (TokenService)
            rule("GET", "/api/v1/users", ADMIN),
            rule("POST", "/api/v1/users", ADMIN),
            rule("GET", "/api/v1/users/{username}", ADMIN),
            rule("PUT", "/api/v1/users/{username}", ADMIN),
            // pages
            rule("GET", "/login", PUBLIC),
            rule("GET", "/setup", PUBLIC), // first run: the one-time link's token is the authority (FirstRunLink)
            rule("POST", "/setup", PUBLIC),
            rule("GET", "/", SIGNED_IN),
            rule("GET", "/account", SIGNED_IN),
            rule("GET", PAGE_YEAR, READ),
            rule("GET", PAGE_YEAR + "/imports/vouchers", Commands.RECORD_EXPENDITURE.commandName()),
            rule("POST", PAGE_YEAR + "/imports/vouchers", Commands.RECORD_EXPENDITURE.commandName()),
            rule("GET", PAGE_YEAR + "/imports/appropriations", Commands.RECORD_APPROPRIATION.commandName()),
            rule("POST", PAGE_YEAR + "/imports/appropriations", Commands.RECORD_APPROPRIATION.commandName()),
            rule("GET", PAGE_YEAR + "/imports/adjustments", Commands.PROPOSE_BUDGET_ADJUSTMENT.commandName()),
            rule("POST", PAGE_YEAR + "/imports/adjustments", Commands.PROPOSE_BUDGET_ADJUSTMENT.commandName()),
            rule("GET", PAGE_YEAR + "/imports/jobs/{jobId}", READ), // a running commit's progress: its owner's only
            rule("GET", PAGE_YEAR + "/proposals", READ),
            rule("GET", PAGE_YEAR + "/report", READ),
            rule("GET", PAGE_YEAR + "/figures/{name}/events", HISTORY),
            rule("POST", PAGE_YEAR + "/proposals/{proposalId}/approve", Commands.APPROVE_BUDGET_PROPOSAL.commandName()),
            rule("POST", PAGE_YEAR + "/proposals/{proposalId}/reject", Commands.REJECT_BUDGET_PROPOSAL.commandName()),
            rule("GET", "/events", SIGNED_IN), // lists only the departments whose history the user may read
            rule("GET", "/departments/{departmentId}/events", HISTORY),
            rule("GET", PAGE_YEAR + "/events", HISTORY),
            rule("GET", PAGE_YEAR + "/events/{sequence}", HISTORY),
            rule("GET", "/audit/verify", AUDIT),
            rule("GET", "/admin/users", ADMIN),
            rule("POST", "/admin/users", ADMIN),
            rule("GET", "/admin/users/{username}", ADMIN),
            rule("POST", "/admin/users/{username}", ADMIN),
            rule("GET", "/admin/departments", ADMIN),
            rule("POST", "/admin/departments", Commands.REGISTER_DEPARTMENT.commandName()),
            rule("POST", "/account/tokens", PASSWORD_SESSION),
            rule("POST", "/account/tokens/{tokenId}/revoke", SIGNED_IN),
            // the platform
            new Rule(Set.of(), "/error", PUBLIC, null),
            rule("GET", "/actuator/health", PUBLIC),
            rule("GET", "/actuator/health/**", PUBLIC),
            rule("GET", "/actuator", ADMIN),
            rule("GET", "/actuator/info", ADMIN),
            rule("GET", "/actuator/prometheus", ADMIN),
            rule("GET", "/actuator/metrics", ADMIN),
            rule("GET", "/actuator/metrics/{requiredMetricName}", ADMIN),
            rule("GET", "/v3/api-docs", SIGNED_IN),
            rule("GET", "/v3/api-docs.yaml", SIGNED_IN),
            rule("GET", "/v3/api-docs/swagger-config", SIGNED_IN),
            rule("GET", "/swagger-ui.html", SIGNED_IN),
            rule("GET", "/swagger-ui/**", SIGNED_IN))).flatMap(s -> s).toList();

    private static final List<Compiled> COMPILED = RULES.stream().map(r -> new Compiled(r, r.parsed())).toList();

    private record Compiled(Rule rule, PathPattern pattern) {
    }

    private AccessRules() {
    }

    /**
     * The commands' rules, from the catalogue (who may send each: {@link Permissions#COMMANDS}): one rule for each
     * command with a route of its own, and one for each generic pattern, which names its command from the path.
     */
    private static Stream<Rule> commandRules() {
        Stream<Rule> own = CommandCatalogue.routed().stream()
                .filter(e -> e.route().orElseThrow().resource() == null)
                .map(e -> rule("POST", e.route().orElseThrow().handlerPattern(), e.name()));
        return Stream.concat(own, Stream.of(
                new Rule(Set.of("POST"), CommandCatalogue.YEAR_COMMAND, COMMAND, AccessRules::yearCommand),
                new Rule(Set.of("POST"), CommandCatalogue.ITEM_COMMAND, COMMAND, AccessRules::itemCommand)));
    }

    /**
     * A recording form's address names its command's API resource and action ({@code …/receipts/new},
     * {@code …/expenditures/reversal/new}), and the page needs what the command needs.
     */
    public static String formPath(Commands command) {
        CommandCatalogue.Route route = CommandCatalogue.named(command.commandName()).orElseThrow().route().orElseThrow();
        return PAGE_YEAR + "/" + route.resource() + (route.action() == null ? "" : "/" + route.action()) + "/new";
    }

    private static Stream<Rule> formRules() {
        return FORMS.stream().flatMap(c -> Stream.of(rule("GET", formPath(c), c.commandName()),
                rule("POST", formPath(c), c.commandName())));
    }

    /** The command of {@code {resource}} (posted to the year), or null. */
    private static String yearCommand(Map<String, String> v) {
        return CommandCatalogue.yearCommand(v.get("resource")).map(CommandCatalogue.Entry::name).orElse(null);
    }

    /** The command of {@code {resource}} and {@code {action}} (posted to one recorded item), or null. */
    private static String itemCommand(Map<String, String> v) {
        return CommandCatalogue.itemCommand(v.get("resource"), v.get("action")).map(CommandCatalogue.Entry::name)
                .orElse(null);
    }

    private static Rule rule(String method, String pattern, Access access) {
        return new Rule(Set.of(method), pattern, access, null);
    }

    private static Rule rule(String method, String pattern, String command) {
        return new Rule(Set.of(method), pattern, COMMAND, v -> command);
    }

    /** The most specific rule for this method and path (HEAD as GET), if any. */
    public static Optional<Match> match(String method, String path) {
        String m = "HEAD".equals(method) ? "GET" : method;
        PathContainer container = PathContainer.parsePath(path);
        List<Compiled> candidates = new ArrayList<>();
        for (Compiled c : COMPILED) {
            if ((c.rule().methods().isEmpty() || c.rule().methods().contains(m)) && c.pattern().matches(container)) {
                candidates.add(c);
            }
        }
        return candidates.stream().min(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .map(c -> {
                    PathPattern.PathMatchInfo info = c.pattern().matchAndExtract(container);
                    Map<String, String> vars = info == null ? Map.of() : info.getUriVariables();
                    String command = c.rule().access() == COMMAND && c.rule().command() != null
                            ? c.rule().command().apply(vars) : null;
                    return new Match(c.rule(), vars, vars.get("departmentId"), command);
                });
    }
}
