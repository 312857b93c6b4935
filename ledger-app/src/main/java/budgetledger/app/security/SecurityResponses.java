package budgetledger.app.security;

import budgetledger.core.audit.LedgerJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of the security layer, consistent with web.ApiErrors: RFC 7807 problems with a stable {@code code}
 * and a Chinese title for API clients; a small page for browsers.
 */
public final class SecurityResponses {
    private SecurityResponses() {
    }

    /** API, actuator and API docs answer in JSON; the pages in HTML. */
    public static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
                || request.getHeader("Authorization") != null
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    public static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                               String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(problemJson(status.value(), code, title, detail, request.getRequestURI())
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(errorPage(status.value(), title, detail).getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    /** A problem in the shape web.ApiErrors' ProblemDetail takes on the wire. */
    public static String problemJson(int status, String code, String title, String detail, String instance) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", instance);
        p.put("code", code);
        try {
            return LedgerJson.mapper().writeValueAsString(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** The error page a browser gets: the status and its Chinese title, what was wrong, the way home. */
    public static String errorPage(int status, String title, String detail) {
        return page(status + " " + title, "<p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">返回首页</a></p>");
    }

    /** A minimal page: the same frame for the sign-in page, the home page and errors. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + " · 预算执行账本</title>"
                + "<style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6}"
                + "input{font-size:1rem;padding:.3rem;margin:.2rem 0}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}.msg{color:#a00}.ok{color:#070}"
                + "code{background:#f4f4f4;padding:.1rem .3rem;word-break:break-all}</style></head><body>"
                + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1>" + body + "</body></html>";
    }
}
