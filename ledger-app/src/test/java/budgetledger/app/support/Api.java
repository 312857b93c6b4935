package budgetledger.app.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain HTTP client for the running application on its random port: every answer (2xx or not) comes back as
 * status, raw body and parsed JSON, so tests can assert on problem details as a client would see them.
 * {@code new Api(port)} signs in as {@link TestUsers#OPERATOR} with a bearer token; {@link #as} as another user,
 * {@link #anonymous} not at all.
 */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient client;
    private final int port;
    private final String token;

    /** Signed in as {@link TestUsers#OPERATOR} (every role, every department). */
    public Api(int port) {
        this(port, TestUsers.at(port).token(TestUsers.OPERATOR));
    }

    private Api(int port, String token) {
        this.port = port;
        this.token = token;
        this.client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }

    /** The same application, signed in as {@code username} (see {@link TestUsers}). */
    public Api as(String username) {
        return new Api(port, TestUsers.at(port).token(username));
    }

    /** The same application with this bearer token (null: none). */
    public Api withToken(String bearerToken) {
        return new Api(port, bearerToken);
    }

    /** No credentials at all. */
    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    /** One answer: HTTP status, the body as sent and (when it is JSON) parsed. */
    public record Response(int status, String raw, JsonNode json) {
        public String code() {
            return json.path("code").asText(null);
        }

        public Response expect(int expected) {
            assertThat(status).as("HTTP status of %s", raw).isEqualTo(expected);
            return this;
        }
    }

    /** A JSON object from alternating keys and values, in order. */
    public static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    public Response post(String path, Object body, String idempotencyKey) {
        return send(HttpMethod.POST, path, body == null ? null : json(body), MediaType.APPLICATION_JSON, idempotencyKey);
    }

    public Response get(String path) {
        return send(HttpMethod.GET, path, null, null, null);
    }

    public Response send(HttpMethod method, String path, String rawBody, MediaType contentType, String idempotencyKey) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey);
        }
        if (contentType != null) {
            spec.contentType(contentType);
        }
        if (rawBody != null) {
            spec.body(rawBody.getBytes(StandardCharsets.UTF_8));
        }
        return spec.exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            String raw = new String(bytes, StandardCharsets.UTF_8);
            JsonNode node;
            try {
                node = raw.isBlank() ? MissingNode.getInstance() : JSON.readTree(raw);
            } catch (JsonProcessingException e) {
                node = MissingNode.getInstance();
            }
            return new Response(response.getStatusCode().value(), raw, node);
        });
    }
}
