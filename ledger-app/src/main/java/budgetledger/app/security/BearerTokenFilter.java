package budgetledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <token>}: authenticates the request as the token's user, for this request only.
 * An unknown, expired or revoked token is a 401 at once (never a fall-back to anonymous); repeated bad tokens from
 * one address are rate-limited (429) like failed sign-ins, while a valid token is never held up by them.
 */
public class BearerTokenFilter extends OncePerRequestFilter {
    private final TokenService tokens;
    private final UserService users;
    private final SignInLimiter limiter;

    public BearerTokenFilter(TokenService tokens, UserService users, SignInLimiter limiter) {
        this.tokens = tokens;
        this.users = users;
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String ip = SecurityLog.ip(request);
        Optional<TokenService.Owner> owner = tokens.authenticate(header.substring(7).trim());
        Optional<LedgerUser> user = owner.flatMap(o -> users.current(o.username())).filter(LedgerUser::enabled);
        if (user.isEmpty()) {
            // a valid token always works; invalid ones count against their address like failed sign-ins
            Optional<Duration> locked = limiter.lockedFor(null, ip);
            if (locked.isPresent()) {
                SecurityLog.denied(429, null, request, "bearer", null, "rate_limited");
                SignInRateLimitFilter.tooMany(request, response, locked.get());
                return;
            }
            limiter.failed(null, ip);
            SecurityLog.denied(401, null, request, "bearer", null, "invalid_expired_or_revoked_token");
            SecurityResponses.problem(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "未登录或身份凭据无效",
                    "API 令牌无效、已过期或已撤销");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(user.get(), owner.get().tokenId()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
