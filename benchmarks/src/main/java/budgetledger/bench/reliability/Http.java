package budgetledger.bench.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite's HTTP client: what an API client of the ledger does — a bearer token, JSON bodies, an optional
 * {@code Idempotency-Key}. A connection that fails is an {@link IOException} to the caller (the server was killed or
 * is starting), never a status.
 */
final class Http {
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_0-9]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private Http() {
    }

    /** An answer: status, body, the problem's machine code (null when none) and {@code Retry-After} (null when none). */
    record Answer(int status, String body, String code, String retryAfter, String contentType) {
        boolean ok() {
            return status == 200 || status == 201;
        }

        /** A stack trace or exception text in a body: what an error must never show. */
        boolean leaksInternals() {
            return body.contains("Exception") || body.contains("\tat ") || body.contains("at budgetledger.")
                    || body.contains("at org.springframework") || body.contains("java.");
        }
    }

    static Answer post(String base, String path, String token, String key, String json) throws IOException {
        return send(base, path, token, key, "POST", "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    static Answer get(String base, String path, String token) throws IOException {
        return send(base, path, token, null, "GET", null, HttpRequest.BodyPublishers.noBody());
    }

    static Answer send(String base, String path, String token, String key, String method, String contentType,
                       HttpRequest.BodyPublisher body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CODE.matcher(r.body());
            return new Answer(r.statusCode(), r.body(), m.find() ? m.group(1) : null,
                    r.headers().firstValue("Retry-After").orElse(null), r.headers().firstValue("Content-Type").orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
