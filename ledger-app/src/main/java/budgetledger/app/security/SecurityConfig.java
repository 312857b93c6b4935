package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Map;
import java.util.Set;

/**
 * Two ways in. API clients send {@code Authorization: Bearer <token>}: stateless, no session, no CSRF (a token is
 * never sent by a browser on its own). Browsers sign in with the form at {@code /login} and keep a session, and
 * every state-changing request carried by that session needs its CSRF token. Both end in the same authorization,
 * {@link LedgerAuthorization}, over the same rule table. 401/403/429 are problems with codes and Chinese titles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class SecurityConfig {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    public HandlerPatterns handlerPatterns(ApplicationContext context) {
        return new HandlerPatterns(context);
    }

    @Bean
    public LedgerAuthorization ledgerAuthorization(HandlerPatterns handlers, UserService users) {
        return new LedgerAuthorization(handlers, users);
    }

    /** Requests with a bearer token: stateless, CSRF-exempt. */
    @Bean
    @Order(1)
    public SecurityFilterChain tokenChain(HttpSecurity http, LedgerAuthorization authorization, TokenService tokens,
                                          UserService users, SignInLimiter limiter) throws Exception {
        RequestMatcher bearer = request -> {
            String h = request.getHeader("Authorization");
            return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        http.securityMatcher(bearer)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, users, limiter), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().access(authorization))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(denied()));
        return http.build();
    }

    /** Everything else: the pages with form sign-in and session, and API calls made by a signed-in browser. */
    @Bean
    @Order(2)
    public SecurityFilterChain browserChain(HttpSecurity http, LedgerAuthorization authorization,
                                            SignInLimiter limiter) throws Exception {
        RequestMatcher api = request -> SecurityResponses.wantsJson(request);
        http.csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfig::needsCsrf))
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler((request, response, auth) -> {
                            limiter.succeeded(auth.getName());
                            SecurityLog.signIn("success", auth.getName(), request, null);
                            response.sendRedirect(request.getContextPath() + "/");
                        })
                        .failureHandler((request, response, e) -> {
                            if (DatabaseOutage.isCause(e)) {
                                // not a wrong password: the user could not be looked up at all
                                DatabaseOutage.respond(request, response, e);
                                return;
                            }
                            String username = request.getParameter("username");
                            limiter.failed(username, SecurityLog.ip(request));
                            boolean disabled = e instanceof DisabledException;
                            SecurityLog.signIn("failure", username, request, disabled ? "disabled" : "bad_credentials");
                            response.sendRedirect(request.getContextPath() + "/login?" + (disabled ? "disabled" : "error"));
                        }))
                .logout(l -> l.logoutUrl("/logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                SecurityLog.event("sign_out", auth.getName(), request, Map.of());
                            }
                        })
                        .logoutSuccessUrl("/login?logout"))
                .httpBasic(b -> b.disable())
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new SignInRateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().access(authorization))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(unauthenticated(), api)
                        .defaultAuthenticationEntryPointFor((request, response, ex) -> {
                            SecurityLog.denied(302, null, request, "page", null, "not_signed_in");
                            response.sendRedirect(request.getContextPath() + "/login");
                        }, request -> true)
                        .accessDeniedHandler(denied()));
        return http.build();
    }

    /**
     * CSRF protects what a browser's session could be tricked into doing: every state-changing request that carries a
     * session, and the sign-in and sign-out forms themselves. A request without a session has no ambient authority.
     */
    static boolean needsCsrf(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() != null || path.equals("/login") || path.equals("/logout");
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            SecurityLog.denied(401, null, request, "signed_in", null, "not_signed_in");
            SecurityResponses.problem(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "未登录或身份凭据无效",
                    "请先登录，或在请求头中提供 Authorization: Bearer <API 令牌>");
        };
    }

    static AccessDeniedHandler denied() {
        return (request, response, e) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String user = auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
            if (e instanceof CsrfException) {
                SecurityLog.denied(403, user, request, "csrf", null, "missing_or_invalid_csrf_token");
                SecurityResponses.problem(request, response, HttpStatus.FORBIDDEN, "CSRF_INVALID", "CSRF 校验失败",
                        "缺少或无效的 CSRF 令牌：请刷新页面后重试（API 客户端请使用 Bearer 令牌）");
                return;
            }
            // the authorization has already written the denial to the security log, with its rule and reason
            Object why = request.getAttribute(Denials.ATTRIBUTE);
            SecurityResponses.problem(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作",
                    why != null ? why.toString() : "当前用户的角色或所属单位不允许此操作");
        };
    }
}
