package budgetledger.app.security;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recorder of an event is the authenticated user: a request that names another recorder (or an earlier recorded
 * time) in its body is recorded under the signed-in user's name, at the time it arrived.
 */
class RecorderIdentityTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;

    @Test
    void theBodyCannotSetTheRecorder() {
        Api operator = new Api(port);
        new Recording(operator).ledger("ident", 2024);
        new Recording(operator).appropriation("ident", 2024, "L1", "1000.00");
        Api zhu = operator.withToken(TestUsers.at(port).user("zhu-lin", TestUsers.roles(Role.RECORDER), List.of("ident")));
        Map<String, Object> b = Recording.expenditureBody(2024, "E-1", "L1", "12.50");
        b.put("audit", body("recordedBy", "财政局长", "recordedAt", "2024-01-05T09:00:00+08:00", "reason", "办公用品",
                "document", "记-2024-03-015"));

        zhu.post(yearPath("ident", 2024) + "/expenditures", b).expect(201);

        JsonNode event = zhu.get(yearPath("ident", 2024) + "/events?type=ExpenditureRecorded").expect(200)
                .json().path("items").get(0);
        assertThat(event.path("recordedBy").asText()).isEqualTo("zhu-lin");
        assertThat(Instant.parse(event.path("recordedAt").asText())).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(event.path("reason").asText()).isEqualTo("办公用品");
        String stored = Sql.string(dbUrl, "SELECT metadata FROM domainevententry WHERE aggregateidentifier = 'ident/2024' "
                + "AND payloadtype LIKE '%ExpenditureRecorded'");
        assertThat(stored).contains("\"recordedBy\":\"zhu-lin\"").doesNotContain("财政局长");
        // the filter of the history finds it under the real name only
        assertThat(zhu.get(yearPath("ident", 2024) + "/events?recordedBy=" + java.net.URLEncoder.encode("财政局长",
                java.nio.charset.StandardCharsets.UTF_8)).json().path("total").asInt()).isZero();
    }
}
