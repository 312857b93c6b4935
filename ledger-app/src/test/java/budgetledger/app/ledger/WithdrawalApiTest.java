package budgetledger.app.ledger;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 撤回登记 over HTTP: a refused withdrawal (something still refers to the registration) is a 409 with its code and
 * writes nothing; a withdrawal in order removes the project and its indicator from the figures and the report,
 * and the history keeps the registration and the withdrawal side by side.
 */
class WithdrawalApiTest extends PostgresIntegrationTest {
    private static final String NAME = "误登记的宣传项目";
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aProjectIsWithdrawnOnlyOnceItsIndicatorIsAndThenLeavesTheFiguresAndTheReport() {
        new Recording(api).ledger("wd", 2024);
        String y = yearPath("wd", 2024);
        api.post(y + "/projects", body("projectCode", "PX", "name", NAME, "category", "BUSINESS")).expect(201);
        api.post(y + "/indicators", body("indicatorId", "IX", "projectCode", "PX", "level1", "产出指标",
                "level2", "数量指标", "name", "宣传次数", "target", "≥5次", "weight", "20")).expect(201);
        assertThat(projectCodes(api.get(y + "/figures").expect(200).json())).containsExactly("PX");

        long stored = Sql.events(dbUrl);
        Api.Response refused = api.post(y + "/projects/PX/withdrawal", body("reason", "误登记")).expect(409);
        assertThat(refused.code()).isEqualTo("REGISTRATION_IN_USE");
        assertThat(refused.json().path("title").asText()).contains("不能撤回");
        assertThat(refused.json().path("detail").asText()).contains("须先撤回指标");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);
        assertThat(api.post(y + "/indicators/IX/withdrawal", body()).expect(400).code()).isEqualTo("INVALID_REQUEST");

        api.post(y + "/indicators/IX/withdrawal", body("reason", "误登记")).expect(201);
        Api.Response withdrawn = api.post(y + "/projects/PX/withdrawal", body("reason", "误登记")).expect(201);
        assertThat(withdrawn.json().path("id").asText()).isEqualTo("PX");

        assertThat(projectCodes(api.get(y + "/figures").expect(200).json())).isEmpty();
        assertThat(api.get(y + "/report?format=md").expect(200).raw()).doesNotContain(NAME, "宣传次数");
        JsonNode events = api.get(y + "/events").expect(200).json();
        List<String> types = new ArrayList<>();
        events.path("items").forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).containsSubsequence("ProjectRegistered", "IndicatorDefined", "IndicatorWithdrawn",
                "ProjectWithdrawn");
    }

    /** Issue 11's own case: a mistaken project with its lines (one at 0.00) leaves with them, figures and report. */
    @Test
    void aProjectLeavesWithItsUnspentLinesAndTheirBudgetLeavesTheFigures() {
        Recording recording = new Recording(api);
        recording.ledger("wd2", 2024);
        String y = yearPath("wd2", 2024);
        recording.appropriation("wd2", 2024, "L-BASIC", "500.00");
        String before = budgetFull(y);
        api.post(y + "/projects", body("projectCode", "PX", "name", NAME, "category", "BUSINESS")).expect(201);
        projectLine(y, "L-PX", "PX", "100.00");
        projectLine(y, "L-PX0", "PX", "0.00");
        assertThat(budgetFull(y)).isEqualTo("600.00");
        assertThat(api.post(y + "/goal-withdrawals", body("reason", "误登记")).expect(422).code())
                .isEqualTo("UNKNOWN_GOAL");

        api.post(y + "/projects/PX/withdrawal", body("reason", "误登记")).expect(201);
        assertThat(projectCodes(api.get(y + "/figures").expect(200).json())).isEmpty();
        assertThat(budgetFull(y)).isEqualTo(before).isEqualTo("500.00");
        assertThat(api.get(y + "/report?format=md").expect(200).raw()).doesNotContain(NAME, "L-PX");
        // the lines are gone: nothing can be spent on them, and the history keeps the appropriations
        assertThat(api.post(y + "/expenditures", Recording.expenditureBody(2024, "E-X", "L-PX", "1.00"))
                .expect(422).code()).isEqualTo("UNKNOWN_LINE");
        List<String> types = new ArrayList<>();
        api.get(y + "/events").expect(200).json().path("items").forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).containsSubsequence("AppropriationRecorded", "AppropriationRecorded", "ProjectWithdrawn");
    }

    @Test
    void aProjectWhoseLineWasSpentOnIsRefusedNamingTheExpenditure() {
        Recording recording = new Recording(api);
        recording.ledger("wd3", 2024);
        String y = yearPath("wd3", 2024);
        api.post(y + "/projects", body("projectCode", "PX", "name", NAME, "category", "BUSINESS")).expect(201);
        projectLine(y, "L-PX", "PX", "100.00");
        recording.expenditure("wd3", 2024, "E-1", "L-PX", "10.00");
        recording.reversal("wd3", 2024, "E-1");

        long stored = Sql.events(dbUrl);
        Api.Response refused = api.post(y + "/projects/PX/withdrawal", body("reason", "误登记")).expect(409);
        assertThat(refused.code()).isEqualTo("REGISTRATION_IN_USE");
        assertThat(refused.json().path("detail").asText()).contains("预算指标 L-PX 已有支出 E-1，不能撤回");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);
        assertThat(projectCodes(api.get(y + "/figures").expect(200).json())).containsExactly("PX");
    }

    private void projectLine(String y, String lineId, String project, String amount) {
        api.post(y + "/appropriations", body("lineId", lineId, "kind", "PROJECT", "fundNature", "GENERAL_PUBLIC",
                "functionalCode", "2013299", "projectCode", project, "amount", amount, "initial", true,
                "businessDate", "2024-01-02")).expect(201);
    }

    private String budgetFull(String y) {
        return api.get(y + "/figures").expect(200).json().path("figures").path("budget.full").asText();
    }

    private static List<String> projectCodes(JsonNode figures) {
        List<String> codes = new ArrayList<>();
        figures.path("projects").forEach(p -> codes.add(p.path("code").asText()));
        return codes;
    }
}
