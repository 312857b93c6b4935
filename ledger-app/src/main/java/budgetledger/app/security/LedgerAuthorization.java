package budgetledger.app.security;

import budgetledger.app.security.Permissions.Access;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one authorization decision for every request, API and pages alike: find the endpoint's rule in
 * {@link AccessRules} (a handler without one is refused), then ask {@link Permissions} with the user's current roles
 * and departments and the {@code {departmentId}} of the path. Denials of signed-in users are written to the security
 * log here; anonymous ones by the entry point (401).
 */
public class LedgerAuthorization implements AuthorizationManager<RequestAuthorizationContext> {
    private final HandlerPatterns handlers;
    private final UserService users;

    public LedgerAuthorization(HandlerPatterns handlers, UserService users) {
        this.handlers = handlers;
        this.users = users;
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        Optional<AccessRules.Match> match = AccessRules.match(method, path);
        Optional<String> handler = handlers.bestPattern(method, path);
        if (handler.isPresent() && (match.isEmpty() || !match.get().rule().pattern().equals(handler.get()))) {
            SecurityLog.missingRule(request, handler.get());
            return new AuthorizationDecision(false);
        }
        // no endpoint at all: the signed-in get their 404 / 405
        Access access = match.map(m -> m.rule().access()).orElse(Access.SIGNED_IN);
        if (access == Access.PUBLIC) {
            return new AuthorizationDecision(true);
        }
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        String rule = match.map(m -> m.rule().pattern()).orElse("(no endpoint)");
        String department = match.map(AccessRules.Match::departmentId).orElse(null);
        Optional<LedgerUser> user = users.current(auth.getName()).filter(LedgerUser::enabled);
        if (user.isEmpty()) {
            request.setAttribute(Denials.ATTRIBUTE, "该用户已停用或已删除，请联系管理员");
            SecurityLog.denied(403, auth.getName(), request, rule, department, "user_disabled_or_removed");
            return new AuthorizationDecision(false);
        }
        String command = match.map(AccessRules.Match::command).orElse(null);
        boolean passwordSession = !(auth instanceof TokenAuthentication);
        if (!Permissions.allows(user.get(), access, command, department, passwordSession)) {
            request.setAttribute(Denials.ATTRIBUTE, Denials.explain(user.get(), access, command, department));
            SecurityLog.denied(403, auth.getName(), request, rule, department,
                    access == Access.COMMAND ? "command " + command + " needs " + Permissions.rolesFor(command)
                            : "needs " + access + ", has " + user.get().roles());
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(true);
    }
}
