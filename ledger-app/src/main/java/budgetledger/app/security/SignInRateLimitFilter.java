package budgetledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Before a form sign-in is checked: a locked-out username or address gets 429 with the time to wait. */
public class SignInRateLimitFilter extends OncePerRequestFilter {
    private final SignInLimiter limiter;

    public SignInRateLimitFilter(SignInLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> locked = limiter.lockedFor(username, SecurityLog.ip(request));
        if (locked.isPresent()) {
            SecurityLog.signIn("rate_limited", username, request, "too_many_failures");
            tooMany(request, response, locked.get());
            return;
        }
        chain.doFilter(request, response);
    }

    static void tooMany(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        SecurityResponses.problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
                "登录失败次数过多", "登录失败次数过多，已暂时锁定，请 " + minutes + " 分钟后再试");
    }
}
