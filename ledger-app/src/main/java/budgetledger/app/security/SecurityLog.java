package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security log (logger {@code budgetledger.security}): every sign-in, success or failure, every denial, every
 * token and account change — one line each, {@code key=value} pairs in a fixed order, values quoted when they hold
 * spaces or quotes and stripped of line breaks (no log injection). Never a password, a token or a hash.
 */
public final class SecurityLog {
    private static final Logger log = LoggerFactory.getLogger("budgetledger.security");

    private SecurityLog() {
    }

    /** A sign-in attempt: {@code outcome} success / failure / rate_limited. */
    public static void signIn(String outcome, String username, HttpServletRequest request, String reason) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("event", "sign_in");
        f.put("outcome", outcome);
        f.put("user", username);
        f.put("ip", ip(request));
        f.put("reason", reason);
        write(outcome.equals("success") ? Level.INFO : Level.WARN, f);
    }

    /** A request refused: 401 (no or bad credentials) or 403 (not allowed). */
    public static void denied(int status, String username, HttpServletRequest request, String rule, String department,
                              String reason) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("event", "access_denied");
        f.put("status", status);
        f.put("user", username);
        f.put("ip", ip(request));
        f.put("method", request.getMethod());
        f.put("path", request.getRequestURI());
        f.put("rule", rule);
        f.put("department", department);
        f.put("reason", reason);
        write(Level.WARN, f);
    }

    /** An account or token change, or another security-relevant act ({@code event} names it). */
    public static void event(String event, String actor, HttpServletRequest request, Map<String, ?> details) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("event", event);
        f.put("user", actor);
        f.put("ip", request == null ? "local" : ip(request));
        f.putAll(details);
        write(Level.INFO, f);
    }

    /** A configuration fault: an endpoint without an access rule (always denied). */
    public static void missingRule(HttpServletRequest request, String handlerPattern) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("event", "no_access_rule");
        f.put("method", request.getMethod());
        f.put("path", request.getRequestURI());
        f.put("handler", handlerPattern);
        write(Level.ERROR, f);
    }

    public static String ip(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }

    private enum Level { INFO, WARN, ERROR }

    private static void write(Level level, Map<String, ?> fields) {
        StringBuilder line = new StringBuilder();
        fields.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(k).append('=').append(value(String.valueOf(v)));
        });
        switch (level) {
            case INFO -> log.info("{}", line);
            case WARN -> log.warn("{}", line);
            case ERROR -> log.error("{}", line);
        }
    }

    static String value(String v) {
        String clean = v.replaceAll("[\\r\\n\\t\\p{Cntrl}]", "_");
        if (clean.length() > 200) {
            clean = clean.substring(0, 200) + "…";
        }
        if (clean.isEmpty() || clean.chars().anyMatch(c -> c == ' ' || c == '"' || c == '=')) {
            return '"' + clean.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return clean;
    }
}
