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
    void theFiguresAsOfASubmissionStayWhatWasSubmittedAfterLaterCorrections() throws InterruptedException {
        post("/api/v1/departments", "{\"departmentId\":\"sub\",\"name\":\"提交测试单位\"}");
        post("/api/v1/departments/sub/years", "{\"year\":2024}");
        post("/api/v1/departments/sub/years/2024/appropriations", "{\"lineId\":\"L\",\"kind\":\"BASIC_PUBLIC\","
                + "\"fundNature\":\"GENERAL_PUBLIC\",\"functionalCode\":\"2013201\",\"amount\":\"1000.00\","
                + "\"initial\":true,\"businessDate\":\"2024-01-02\"}");
        post("/api/v1/departments/sub/years/2024/expenditures", "{\"expenditureId\":\"E1\",\"lineId\":\"L\","
                + "\"amount\":\"900.00\",\"businessDate\":\"2024-05-02\",\"economicCode\":\"30201\"}");
        // no indicators yet: 未评价, nothing to submit (never a 差 for what nobody evaluated)
        var refused = http.postForEntity("/api/v1/departments/sub/years/2024/submissions", json("{}"), JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("detail").asText()).contains("未评价");
        // an indicator written as the forms write it (指标性质 ≥, 指标值 100, 度量单位 %), not yet measured: 0 points
        post("/api/v1/departments/sub/years/2024/indicators", "{\"indicatorId\":\"I1\",\"level1\":\"产出指标\","
                + "\"level2\":\"质量指标\",\"name\":\"验收合格率\",\"operator\":\"≥\",\"targetValue\":\"100\","
                + "\"unit\":\"%\",\"weight\":\"10\"}");
        JsonNode submitted = post("/api/v1/departments/sub/years/2024/submissions", "{}");
        assertThat(submitted.path("repeated").asBoolean()).isFalse();

        JsonNode submission = http.getForObject("/api/v1/departments/sub/years/2024/submissions", JsonNode.class).get(0);
        assertThat(submission.path("scoreTotal").asText()).isEqualTo("9.00"); // 900 / 1000 × 10, the indicator 0
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

        // the submission is sealed (by the seals processor, at the submission's event) and the version prints it
        long sequence = submission.path("sequence").asLong();
        long deadline = System.currentTimeMillis() + 20_000;
        while (budgetledger.app.support.Sql.count(dbUrl, "SELECT count(*) FROM ledger_seal WHERE ledger_id = 'sub/2024' "
                + "AND sequence = ? AND reason = 'SUBMISSION'", sequence) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        String keyId = budgetledger.app.support.Sql.string(dbUrl, "SELECT key_id FROM ledger_seal WHERE ledger_id = "
                + "'sub/2024' AND sequence = ?", sequence);
        assertThat(keyId).as("the submission's seal").isNotNull();
        String version = http.getForObject("/api/v1/departments/sub/years/2024/report?format=md&submission=" + sequence,
                String.class);
        assertThat(version).contains("提交版本：第 " + sequence + " 号事件", "得分 9.00，等级 差",
                "数据指纹 " + submission.path("figuresHash").asText().substring(0, 16), "封印 " + keyId + ":");
        String current = http.getForObject("/api/v1/departments/sub/years/2024/report?format=md", String.class);
        assertThat(current).doesNotContain("提交版本");
        var notASubmission = http.getForEntity("/api/v1/departments/sub/years/2024/report?submission=1", JsonNode.class);
        assertThat(notASubmission.getStatusCode().value()).isEqualTo(404);
        assertThat(notASubmission.getBody().path("detail").asText()).contains("不是", "自评提交");
        var both = http.getForEntity("/api/v1/departments/sub/years/2024/report?submission=" + sequence
                + "&asOf=2025-01-01T00:00:00Z", JsonNode.class);
        assertThat(both.getStatusCode().value()).isEqualTo(400);
    }

    private static String hash(JsonNode figures) {
        return HashChain.digest(HashChain.SHA_256, LedgerJson.canonical(figures).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode post(String path, String body) {
        var response = http.postForEntity(path, json(body), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " → " + response.getBody()).isTrue();
        return response.getBody();
    }
}
