package budgetledger.app.pages;

import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expenditure form sends the API's RecordExpenditure through the same path: what it records shows on the dashboard
 * and in the API's figures, and a refusal carries the API's Chinese message beside the field it concerns.
 */
class ExpenditureFormPageTest extends PostgresIntegrationTest {
    static final String D = "ef-dept";
    static final String FORM = "/departments/" + D + "/years/2024/expenditures/new";
    @LocalServerPort
    int port;
    private Browser clerk;

    @BeforeEach
    void ledger() throws Exception {
        Api api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            Recording rec = new Recording(api);
            rec.ledger(D, 2024);
            rec.appropriation(D, 2024, "L1", "50000.00");
            TestUsers.at(port).create("ef-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(D));
            TestUsers.at(port).create("ef-reader", "reader-password-1", TestUsers.roles(Role.REVIEWER), List.of());
        }
        clerk = new Browser(port);
        clerk.signIn("ef-clerk", "clerk-password-1");
    }

    static Map<String, String> fields(String id, String amount, String date) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("expenditureId", id);
        f.put("lineId", "L1");
        f.put("amount", amount);
        f.put("businessDate", date);
        f.put("economicCode", Recording.OFFICE);
        f.put("payee", "益阳市某文具店");
        f.put("summary", "办公用品");
        return f;
    }

    @Test
    void formOffersLinesWithAvailableBudgetAndEconomicCodesWithThreePublicMarks() throws Exception {
        HttpResponse<String> form = clerk.get(FORM);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).containsPattern("L1 · 基本支出-公用经费 · 2013201 · 可用 (50,000.00|37,654.40) 元").contains("value=\"30201\"")
                .contains("【三公：公务接待费】").contains("<label for=\"amount\">金额（元）</label>");
    }

    @Test
    void savedExpenditureShowsOnTheDashboardAndInTheApi() throws Exception {
        clerk.get(FORM);
        HttpResponse<String> saved = clerk.form(FORM, fields("EF-1", "12,345.60", "2024-02-10"), true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/departments/" + D + "/years/2024");
        HttpResponse<String> dashboard = clerk.get("/departments/" + D + "/years/2024");
        assertThat(dashboard.body()).contains("已记录支出 EF-1，金额 12,345.60 元。")
                .contains("<td class=\"num\">1.23</td>")   // 已执行 12,345.60 元 in 万元
                .contains("<td class=\"num\">3.77</td>");  // 可用 37,654.40 元
        Api api = new Api(port);
        assertThat(api.get("/api/v1/departments/" + D + "/years/2024/figures").json()
                .path("figures").path("expenditure.total").asText()).isEqualTo("12345.60");
        assertThat(api.get("/api/v1/departments/" + D + "/years/2024/events?size=500").raw())
                .contains("ef-clerk"); // recorded by the signed-in user
    }

    @Test
    void budgetExceededIsShownBesideTheAmountAndTheValuesStay() throws Exception {
        clerk.get(FORM);
        HttpResponse<String> refused = clerk.form(FORM, fields("EF-2", "9,999,999.00", "2024-03-01"), true);
        assertThat(refused.statusCode()).isEqualTo(422);
        String body = refused.body();
        assertThat(body).containsPattern("id=\"amount-error\">超出预算指标可用额度（无预算不支出）")
                .contains("value=\"9,999,999.00\"").contains("value=\"EF-2\"").contains("value=\"2024-03-01\"")
                .contains("aria-invalid=\"true\"");
        assertThat(new Api(port).get("/api/v1/departments/" + D + "/years/2024/events?size=500").raw())
                .doesNotContain("EF-2"); // nothing written
    }

    @Test
    void dateOutsideTheYearIsShownBesideTheDate() throws Exception {
        clerk.get(FORM);
        HttpResponse<String> refused = clerk.form(FORM, fields("EF-3", "10.00", "2023-12-31"), true);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"businessDate-error\">业务日期不在该预算年度内");
    }

    @Test
    void malformedAmountIsARefusalInChineseNotAServerError() throws Exception {
        clerk.get(FORM);
        HttpResponse<String> refused = clerk.form(FORM, fields("EF-4", "十元", "2024-03-01"), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"amount-error\"").contains("value=\"十元\"");
    }

    @Test
    void withoutCsrfTokenOrWithoutTheRoleNothingIsRecorded() throws Exception {
        clerk.get(FORM);
        assertThat(clerk.form(FORM, fields("EF-5", "10.00", "2024-03-01"), false).statusCode()).isEqualTo(403);
        Browser reader = new Browser(port);
        reader.signIn("ef-reader", "reader-password-1");
        assertThat(reader.get("/departments/" + D + "/years/2024").body()).doesNotContain(">记录支出</a>");
        assertThat(reader.get(FORM).statusCode()).isEqualTo(403);
        assertThat(new Api(port).get("/api/v1/departments/" + D + "/years/2024/events?size=500").raw())
                .doesNotContain("EF-5");
    }
}
