package budgetledger.app.seed;

import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A submission records the score, grade and position in history; the figures as of it never change afterwards. */
class SubmissionTest extends PostgresIntegrationTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void theFiguresAsOfASubmissionStayWhatWasSubmittedAfterLaterCorrections() {
        post("/api/v1/departments", "{\"departmentId\":\"sub\",\"name\":\"提交测试单位\"}");
        post("/api/v1/departments/sub/years", "{\"year\":2024}");
        post("/api/v1/departments/sub/years/2024/appropriations", "{\"lineId\":\"L\",\"kind\":\"BASIC_PUBLIC\","
                + "\"fundNature\":\"GENERAL_PUBLIC\",\"functionalCode\":\"2013201\",\"amount\":\"1000.00\","
                + "\"initial\":true,\"businessDate\":\"2024-01-02\"}");
        post("/api/v1/departments/sub/years/2024/expenditures", "{\"expenditureId\":\"E1\",\"lineId\":\"L\","
                + "\"amount\":\"900.00\",\"businessDate\":\"2024-05-02\",\"economicCode\":\"30201\"}");
        JsonNode submitted = post("/api/v1/departments/sub/years/2024/submissions", "{}");
        assertThat(submitted.path("repeated").asBoolean()).isFalse();

        JsonNode submission = http.getForObject("/api/v1/departments/sub/years/2024/submissions", JsonNode.class).get(0);
        assertThat(submission.path("scoreTotal").asText()).isEqualTo("9.00"); // 900 / 1000 × 10, no indicators
        assertThat(submission.path("grade").asText()).isEqualTo("差");

        // a correction after the submission
        post("/api/v1/departments/sub/years/2024/expenditures/E1/reversal", "{\"reason\":\"重复报销\",\"businessDate\":\"2024-05-03\"}");

        String asOf = submission.path("figuresAsOf").asText();
        JsonNode then = http.getForObject("/api/v1/departments/sub/years/2024/figures?asOf=" + asOf, JsonNode.class);
        JsonNode now = http.getForObject("/api/v1/departments/sub/years/2024/figures", JsonNode.class);
        assertThat(hash(then.get("figures"))).isEqualTo(submission.path("figuresHash").asText());
        assertThat(hash(now.get("figures"))).isNotEqualTo(submission.path("figuresHash").asText());
        assertThat(now.path("figures").path("expenditure.total").asText()).isEqualTo("0.00");
        assertThat(then.path("figures").path("evaluation.score.total").asText()).isEqualTo("9.00");
    }

    private static String hash(JsonNode figures) {
        return HashChain.digest(HashChain.SHA_256, LedgerJson.canonical(figures).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " → " + response.getBody()).isTrue();
        return response.getBody();
    }
}
