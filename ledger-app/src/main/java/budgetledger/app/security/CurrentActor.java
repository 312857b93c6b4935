package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the authenticated user of the request (signed in with a password, or by API token) — never a name
 * taken from the request body. Without one there is no actor, and nothing is recorded.
 */
@Component
public class CurrentActor {
    private final UserService users;

    public CurrentActor(UserService users) {
        this.users = users;
    }

    /** The authenticated user's name, the recorder of whatever this request records. */
    public String name(HttpServletRequest request) {
        return authentication().getName();
    }

    /** The authenticated user with their current roles and departments. */
    public LedgerUser user() {
        Authentication auth = authentication();
        return users.current(auth.getName()).filter(LedgerUser::enabled)
                .orElseThrow(() -> ProblemException.unauthenticated("用户不存在或已停用"));
    }

    /** Signed in with a password (a browser session), not by an API token. */
    public boolean passwordSession() {
        return !(authentication() instanceof TokenAuthentication);
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw ProblemException.unauthenticated("请先登录");
        }
        return auth;
    }
}
