package budgetledger.app.pages;

import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maker–checker in the browser: a clerk proposes a 追加 through the form, cannot approve it (the page says why, the
 * ledger refuses it with the API's SELF_APPROVAL), a second approver rejects without a reason (refused beside the
 * reason) and then approves; only then does the line grow.
 */
class ApprovalsPageTest extends PostgresIntegrationTest {
    static final String D = "ap-dept";
    static final String LIST = "/departments/" + D + "/years/2024/proposals";
    @LocalServerPort
    int port;

    @Test
    void proposeAsOneUserApproveAsAnother() throws Exception {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(D, 2024);
        rec.appropriation(D, 2024, "L1", "50000.00");
        TestUsers users = TestUsers.at(port);
        users.create("ap-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER, Role.APPROVER), List.of(D));
        users.create("ap-boss", "boss-password-1", TestUsers.roles(Role.APPROVER), List.of(D));
        users.create("ap-reviewer", "review-password-1", TestUsers.roles(Role.REVIEWER), List.of());

        Browser clerk = new Browser(port);
        clerk.signIn("ap-clerk", "clerk-password-1");
        String form = "/departments/" + D + "/years/2024/adjustments/new";
        assertThat(clerk.get(form).body()).contains("可用 50,000.00 元").contains("追减");
        HttpResponse<String> proposed = clerk.form(form, Map.of("lineId", "L1", "direction", "SUPPLEMENT",
                "amount", "20,000.00", "businessDate", "2024-03-01", "reason", "追加会议经费"), true);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        assertThat(proposed.headers().firstValue("Location").orElse("")).endsWith(LIST);
        JsonNode pending = api.get("/api/v1/departments/" + D + "/years/2024/proposals?status=PENDING").json();
        String id = pending.path("items").path(0).path("proposalId").asText();
        assertThat(id).isNotEmpty();

        String own = clerk.get(LIST).body();
        assertThat(own).contains("已提交调整提议（L1 20,000.00 元）").contains(id).contains("20,000.00")
                .contains("您是提议人，不能审批自己的提议").contains("disabled");
        HttpResponse<String> self = clerk.form(LIST + "/" + id + "/approve", Map.of(), true);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("提议人不能审批自己的提议");

        Browser reviewer = new Browser(port);
        reviewer.signIn("ap-reviewer", "review-password-1");
        assertThat(reviewer.get(LIST).body()).contains(id).contains("仅本单位审核人可审批")
                .doesNotContain("/approve\"").doesNotContain("提议追加/追减");
        assertThat(reviewer.form(LIST + "/" + id + "/approve", Map.of(), true).statusCode()).isEqualTo(403);

        Browser boss = new Browser(port);
        boss.signIn("ap-boss", "boss-password-1");
        assertThat(boss.get(LIST).body()).contains("驳回理由").doesNotContain("您是提议人");
        HttpResponse<String> noReason = boss.form(LIST + "/" + id + "/reject", Map.of("reason", " "), true);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-error-" + id + "\"");
        HttpResponse<String> approved = boss.form(LIST + "/" + id + "/approve", Map.of(), true);
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(boss.get(LIST).body()).contains("已批准提议 " + id).contains("已批准").contains("ap-boss");
        assertThat(boss.get("/departments/" + D + "/years/2024").body()).contains("<td class=\"num\">7.00</td>");
        assertThat(boss.form(LIST + "/" + id + "/approve", Map.of(), true).body()).contains("该提议已审批或已驳回");

        // a rejection's reason is the command's own field, not an audit note: the page's rejection takes it
        clerk.get(form);
        clerk.form(form, Map.of("lineId", "L1", "direction", "REDUCTION", "amount", "1,000.00",
                "businessDate", "2024-03-02"), true);
        String second = api.get("/api/v1/departments/" + D + "/years/2024/proposals?status=PENDING").json()
                .path("items").path(0).path("proposalId").asText();
        boss.get(LIST);
        HttpResponse<String> rejected = boss.form(LIST + "/" + second + "/reject", Map.of("reason", "依据不足"), true);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(302);
        assertThat(boss.get(LIST).body()).contains("已驳回提议 " + second);
        assertThat(api.get("/api/v1/departments/" + D + "/years/2024/proposals").raw()).contains("依据不足");
    }
}
