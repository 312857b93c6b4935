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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the account page and the department-year dashboard, signed in through the form as a browser would:
 * each shows only what the user's roles and departments allow, amounts in 万元, times in China time.
 */
class HomeAndDashboardPageTest extends PostgresIntegrationTest {
    static final String OWN = "pg-own";
    static final String OTHER = "pg-other";
    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeEach
    void ledgers() throws Exception {
        if (browser != null) {
            return;
        }
        Api api = new Api(port);
        Recording rec = new Recording(api);
        if (api.get("/api/v1/departments/" + OWN).status() == 404) {
            rec.ledger(OWN, 2024);
            rec.appropriation(OWN, 2024, "L1", "1860750.00");
            rec.expenditure(OWN, 2024, "E1", "L1", "12345.67");
            rec.proposeSupplement(OWN, 2024, "L1", "1000.00");
            rec.ledger(OTHER, 2024);
            TestUsers.at(port).create("pg-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(OWN));
        }
        browser = new Browser(port);
        assertThat(browser.signIn("pg-clerk", "clerk-password-1").statusCode()).isEqualTo(302);
    }

    @Test
    void homeListsOnlyTheUsersDepartmentsWithTheirRates() throws Exception {
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String body = home.body();
        assertThat(body).contains("pg-clerk").contains("录入").contains("退出登录")
                .contains("测试单位" + OWN).doesNotContain("测试单位" + OTHER)
                .contains("/departments/" + OWN + "/years/2024")
                .contains("0.66%") // 12,345.67 of 1,860,750.00
                .containsPattern("/years/2024/proposals\"[^>]*>1</a>"); // the pending proposal, linked to the worklist
        assertThat(body).contains("href=\"/account\"");
    }

    @Test
    void accountPageKeepsTheTokens() throws Exception {
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("API 令牌").contains("创建 API 令牌").contains(OWN);
        HttpResponse<String> created = browser.form("/account/tokens", Map.of("name", "页面令牌"), true);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("lgr_").contains("页面令牌").contains("不会再次显示");
    }

    @Test
    void dashboardShowsLinesCurveThreePublicAndIndicatorsInWanYuan() throws Exception {
        HttpResponse<String> page = browser.get("/departments/" + OWN + "/years/2024");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("显示的是当前（实时）数据")
                .contains("186.08") // 全年预算 1,860,750.00 元 = 186.08 万元 (two decimals)
                .contains("1.23")   // 已执行 12,345.67 元
                .contains("184.84") // 可用 1,848,404.33 元
                .contains("月度执行进度与序时进度").contains("8.33%").contains("100.00%")
                .contains("“三公”经费合计")
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(body).contains("<td class=\"num\">0.66%</td>"); // the line's share used, also in February on the curve
    }

    @Test
    void dashboardAsOfAMomentNamesItInChinaTimeAndLeavesOutLaterEvents() throws Exception {
        Instant before = Instant.parse("2020-01-01T00:00:00Z");
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneId.of("Asia/Shanghai")).format(before);
        HttpResponse<String> page = browser.get("/departments/" + OWN + "/years/2024?asOf=" + local);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("显示的是截至 2020-01-01 08:00（北京时间）").doesNotContain("186.08")
                .contains("value=\"2020-01-01 08:00\"");
        HttpResponse<String> typed = browser.get("/departments/" + OWN + "/years/2024?asOf=2020-01-01%2008:00");
        assertThat(typed.body()).contains("显示的是截至 2020-01-01 08:00（北京时间）");
    }

    @Test
    void aMomentThatIsNoneIsRefusedBesideThePickerAndThePageShowsNow() throws Exception {
        HttpResponse<String> page = browser.get("/departments/" + OWN + "/years/2024?asOf=yesterday");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"asOf-error\">请求内容不完整或格式错误").contains("value=\"yesterday\"")
                .contains("显示的是当前（实时）数据");
    }

    @Test
    void anotherDepartmentsDashboardIsRefused() throws Exception {
        HttpResponse<String> page = browser.get("/departments/" + OTHER + "/years/2024");
        assertThat(page.statusCode()).isEqualTo(403);
        
    }

    @Test
    void anUnknownDepartmentOrAYearNotOpenIsAPageWithTheApisMessage() throws Exception {
        HttpResponse<String> year = browser.get("/departments/" + OWN + "/years/2031");
        assertThat(year.statusCode()).isEqualTo(404);
        assertThat(year.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(year.body()).contains("id=\"refusal\"").contains("该预算年度尚未开账").contains("YEAR_NOT_OPEN");
    }

    @Test
    void signedOutPagesGoToTheSignInPage() throws Exception {
        HttpResponse<String> page = new Browser(port).get("/departments/" + OWN + "/years/2024");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
