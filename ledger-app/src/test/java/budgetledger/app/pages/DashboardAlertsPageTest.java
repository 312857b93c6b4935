package budgetledger.app.pages;

import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's alerts on a real ledger: a line spent past 90 % is named and linked to its row; as of a moment
 * before that spending, no alert; a line within its budget raises none.
 */
class DashboardAlertsPageTest extends PostgresIntegrationTest {
    static final String D = "al-dept";
    @LocalServerPort
    int port;

    @Test
    void aLineSpentPastNinetyPercentIsNamedAndLinkedToItsRow() throws Exception {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(D, 2024);
        rec.appropriation(D, 2024, "L1", "1000.00");
        rec.appropriation(D, 2024, "L2", "1000.00");
        rec.expenditure(D, 2024, "E0", "L2", "100.00");
        String before = java.time.Instant.now().toString();
        Thread.sleep(5);
        rec.expenditure(D, 2024, "E1", "L1", "950.00");
        TestUsers.at(port).create("al-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(D));
        Browser clerk = new Browser(port);
        assertThat(clerk.signIn("al-clerk", "clerk-password-1").statusCode()).isEqualTo(302);

        String now = clerk.get("/departments/" + D + "/years/2024").body();
        assertThat(now).contains("id=\"alerts\"").contains("提醒（1）")
                .contains("<a href=\"#line-L1\">预算指标 L1 已使用 95.00%（超过 90%），可用余额 50.00 元</a>")
                .contains("<tr id=\"line-L1\">").contains("<tr id=\"line-L2\">").doesNotContain("#line-L2");
        String earlier = clerk.get("/departments/" + D + "/years/2024?asOf=" + before).body();
        assertThat(earlier).contains("显示的是截至").doesNotContain("id=\"alerts\"");
    }
}
