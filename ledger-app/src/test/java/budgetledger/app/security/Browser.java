package budgetledger.app.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser for the tests: cookies (the session), forms with their CSRF token, no redirects followed. */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final int port;
    private final HttpClient http;
    private String csrf;

    public Browser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** GET a page, remembering the CSRF token its forms carry. */
    public HttpResponse<String> get(String path) throws Exception {
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET()));
    }

    /** GET with one more header (as htmx sends {@code HX-Request}). */
    public HttpResponse<String> get(String path, String header, String value) throws Exception {
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header(header, value).GET()));
    }

    private HttpResponse<String> remember(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** POST a form with the last page's CSRF token (unless {@code withCsrf} is false). */
    public HttpResponse<String> form(String path, Map<String, String> fields, boolean withCsrf) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf && csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A recording form as a clerk sends it: GET the page (for its CSRF token), then POST these fields to it. */
    public HttpResponse<String> submit(String path, String... keyValues) throws Exception {
        get(path);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        return form(path, fields, true);
    }

    /** Signs in through the form: GET /login for the CSRF token, POST /login. */
    public HttpResponse<String> signIn(String username, String password) throws Exception {
        get("/login");
        return form("/login", Map.of("username", username, "password", password), true);
    }

    /** A JSON call of the API from the signed-in page, with the session's CSRF token in X-CSRF-TOKEN (if asked). */
    public HttpResponse<String> json(String method, String path, String body, boolean withCsrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (withCsrf && csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
