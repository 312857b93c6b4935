package budgetledger.app.security;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Input limits: request bodies over 1 MB are 413 (declared or not), pages beyond 500 rows are 400. */
class LimitsTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;

    private static String bigExpenditure() {
        return "{\"expenditureId\":\"E-BIG\",\"lineId\":\"L1\",\"amount\":\"1.00\",\"businessDate\":\"2024-03-01\","
                + "\"economicCode\":\"30201\",\"summary\":\"" + "字".repeat(400_000) + "\"}";
    }

    @Test
    void aBodyOverTheLimitIs413AndRecordsNothing() throws Exception {
        Api api = new Api(port);
        new Recording(api).ledger("limits", 2024);
        new Recording(api).appropriation("limits", 2024, "L1", "1000.00");
        long stored = Sql.events(dbUrl);
        String body = bigExpenditure();
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);

        Api.Response declared = api.post(yearPath("limits", 2024) + "/expenditures", body);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(declared.json().path("title").asText()).isEqualTo("请求过大");
        assertThat(declared.json().path("detail").asText()).contains("上限");

        // without a Content-Length (chunked): counted while read
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + yearPath("limits", 2024) + "/expenditures"))
                .header("Authorization", "Bearer " + TestUsers.at(port).token(TestUsers.OPERATOR))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(Api.JSON.readTree(chunked.body()).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");

        // even before signing in
        assertThat(Api.anonymous(port).post(yearPath("limits", 2024) + "/expenditures", body).status()).isEqualTo(413);
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);
    }

    @Test
    void listsArePagedWithAMaximumPageSize() {
        Api api = new Api(port);
        new Recording(api).ledger("paged", 2024);
        String y = yearPath("paged", 2024);
        for (String path : new String[]{y + "/events?size=501", y + "/proposals?size=501", "/api/v1/departments?size=501",
                "/api/v1/users?size=501", y + "/events?page=-1"}) {
            Api.Response r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.code()).as(path).isEqualTo("INVALID_REQUEST");
            assertThat(r.json().path("detail").asText()).as(path).contains("500");
        }
        assertThat(api.get(y + "/events?size=500").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/departments?size=1").json().size()).isEqualTo(1);
    }
}
