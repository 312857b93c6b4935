package budgetledger.app.pages;

import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event-history pages (a department-year's, a department's, one event in full) and the verification page in the
 * real PostgreSQL, signed in through the form: the filters really filter, the pager pages, a bad filter is refused
 * beside its field with 400, and who may not read a department's history gets the Chinese 403 page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagesTest extends PostgresIntegrationTest {
    static final String D = "ah-dept";

    @org.springframework.beans.factory.annotation.Autowired
    budgetledger.app.seal.Sealer sealer;
    static final String YEAR = "/departments/" + D + "/years/2024";
    static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"num\">(\\d+)</td>");
    @LocalServerPort
    int port;
    private Browser auditor;
    private Browser clerk;
    private Browser outsider;
    private Browser reviewer;
    private Browser admin;
    private long total;

    @BeforeAll
    void record() throws Exception {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(D, 2024);
        rec.year(D, 2025);
        rec.ledger("ah-other", 2024);
        rec.ledger("ah-tamper", 2024);
        rec.appropriation("ah-tamper", 2024, "L1", "50000.00");
        rec.appropriation(D, 2024, "L1", "50000.00");
        rec.expenditure(D, 2024, "E1", "L1", "1000.00");
        rec.reversal(D, 2024, "E1");
        TestUsers users = TestUsers.at(port);
        users.create("ah-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(D));
        new Recording(api.as("ah-clerk")).expenditure(D, 2024, "E2", "L1", "2345.60");
        rec.proposeSupplement(D, 2024, "L1", "500.00");
        users.create("ah-outsider", "outsider-password-1", TestUsers.roles(Role.RECORDER), List.of("ah-other"));
        users.create("ah-auditor", "auditor-password-1", TestUsers.roles(Role.AUDITOR), List.of());
        users.create("ah-reviewer", "reviewer-password-1", TestUsers.roles(Role.REVIEWER), List.of());
        users.create("ah-admin", "admin-password-1", TestUsers.roles(Role.ADMIN), List.of());
        auditor = signedIn("ah-auditor", "auditor-password-1");
        clerk = signedIn("ah-clerk", "clerk-password-1");
        outsider = signedIn("ah-outsider", "outsider-password-1");
        reviewer = signedIn("ah-reviewer", "reviewer-password-1");
        admin = signedIn("ah-admin", "admin-password-1");
        total = api.get("/api/v1" + YEAR + "/events").expect(200).json().path("total").asLong();
        assertThat(total).isEqualTo(6); // opened, L1, E1, its reversal, E2, the proposal
    }

    private Browser signedIn(String user, String password) throws Exception {
        Browser b = new Browser(port);
        assertThat(b.signIn(user, password).statusCode()).isEqualTo(302);
        return b;
    }

    private static List<Long> sequences(String body) {
        List<Long> out = new ArrayList<>();
        Matcher m = ROW.matcher(body);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    private String ok(Browser b, String path) throws Exception {
        HttpResponse<String> r = b.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void theYearsHistoryListsEveryEventNamedInChineseWithWhoWhenAndAmount() throws Exception {
        String body = ok(auditor, YEAR + "/events");
        assertThat(body).contains("事件历史").contains("共 " + total + " 笔事件，第 1 / 1 页")
                .contains("title=\"ExpenditureReversed\">支出冲销</td>").contains("title=\"FiscalYearOpened\">开账</td>")
                .contains("金额录入错误").contains("2,345.60").contains("<td>ah-clerk</td>")
                .containsPattern("<td>20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d</td>") // recorded, China time to the minute
                .doesNotContain(":00Z")
                .contains(YEAR + "/events/3\"");
        assertThat(sequences(body)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void eachFilterFilters() throws Exception {
        assertThat(sequences(ok(auditor, YEAR + "/events?type=ExpenditureRecorded"))).containsExactly(2L, 4L);
        assertThat(sequences(ok(auditor, YEAR + "/events?recordedBy=ah-clerk"))).containsExactly(4L);
        // business dates: the reversal 03-10 and the proposal 03-01 lie in March; E1 and E2 on 02-10
        assertThat(sequences(ok(auditor, YEAR + "/events?from=2024-03-01&to=2024-03-31"))).containsExactly(3L, 5L);
        assertThat(sequences(ok(auditor, YEAR + "/events?q=%E5%BD%95%E5%85%A5%E9%94%99%E8%AF%AF"))).containsExactly(3L); // 录入错误
        assertThat(ok(auditor, YEAR + "/events?recordedTo=2000-01-01")).contains("共 0 笔事件").contains("没有符合条件的事件");
        assertThat(sequences(ok(auditor, YEAR + "/events?recordedFrom=2000-01-01&type=ExpenditureRecorded")))
                .containsExactly(2L, 4L);
    }

    @Test
    void thePagerPagesAndKeepsTheFilter() throws Exception {
        String second = ok(auditor, YEAR + "/events?size=2&page=2");
        assertThat(second).contains("第 2 / 3 页");
        assertThat(sequences(second)).containsExactly(2L, 3L);
        assertThat(second).contains("?size=2&amp;page=3\" rel=\"next\"").contains("?size=2&amp;page=1\" rel=\"prev\"");
        String filtered = ok(auditor, YEAR + "/events?type=ExpenditureRecorded&size=1&page=2");
        assertThat(sequences(filtered)).containsExactly(4L);
        assertThat(filtered).contains("?type=ExpenditureRecorded&amp;size=1&amp;page=1\" rel=\"prev\"");
    }

    @Test
    void htmxGetsOnlyTheFilterAndResults() throws Exception {
        String fragment = auditor.get(YEAR + "/events?type=BudgetAdjustmentProposed", "HX-Request", "true").body().trim();
        assertThat(fragment).startsWith("<div id=\"history\"").doesNotContain("<html").doesNotContain("<h1");
        assertThat(sequences(fragment)).containsExactly(5L);
    }

    @Test
    void aBadFilterIsRefusedBesideItsFieldWith400AndTheTypedValueKept() throws Exception {
        HttpResponse<String> date = auditor.get(YEAR + "/events?from=2024-13-01");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("id=\"from-error\"").contains("日期格式应为 2024-03-15: 2024-13-01")
                .contains("value=\"2024-13-01\"").doesNotContain("id=\"events\"");
        HttpResponse<String> type = auditor.get(YEAR + "/events?type=NoSuchEvent");
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("id=\"type-error\"").contains("未知的事件类型: NoSuchEvent");
        HttpResponse<String> size = auditor.get(YEAR + "/events?size=1000");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("每页笔数须为 1 到 100 之间的整数: 1000");
        HttpResponse<String> range = auditor.get(YEAR + "/events?from=2024-05-01&to=2024-04-01");
        assertThat(range.statusCode()).isEqualTo(400);
        assertThat(range.body()).contains("业务日期范围有误");
        assertThat(auditor.get(YEAR + "/events?page=zero").statusCode()).isEqualTo(400);
    }

    @Test
    void anEventInFullWithItsPayloadAndHashes() throws Exception {
        String body = ok(clerk, YEAR + "/events/3");
        assertThat(body).contains("第 3 号事件：支出冲销").contains("ExpenditureReversed").contains("金额录入错误")
                .containsPattern("id=\"hash\">[0-9a-f]{64}<").containsPattern("id=\"prev-hash\">[0-9a-f]{64}<")
                .contains("&quot;expenditureId&quot; : &quot;E1&quot;");
        HttpResponse<String> none = clerk.get(YEAR + "/events/99");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("没有第 99 号事件");
    }

    @Test
    void anAuditorReadsAWholeDepartmentAcrossItsYears() throws Exception {
        String body = ok(auditor, "/departments/" + D + "/events?type=FiscalYearOpened");
        assertThat(body).contains("全部年度").contains("共 2 笔事件").contains("<th>年度</th>")
                .contains("/departments/" + D + "/years/2025/events/0\"").contains("/departments/" + D + "/years/2024/events/0\"");
        String choose = ok(clerk, "/events");
        assertThat(choose).contains("/departments/" + D + "/events").doesNotContain("/departments/ah-other/events");
        assertThat(ok(auditor, "/events")).contains("/departments/ah-other/events");
    }

    @Test
    void whoMayNotReadTheHistoryGetsTheChinese403() throws Exception {
        for (Browser b : List.of(reviewer, outsider, admin)) {
            HttpResponse<String> r = b.get(YEAR + "/events");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("无权执行此操作").doesNotContain("Exception");
            assertThat(b.get(YEAR + "/events/0").statusCode()).isEqualTo(403);
        }
        assertThat(outsider.get("/departments/" + D + "/events").statusCode()).isEqualTo(403);
        assertThat(ok(reviewer, "/")).doesNotContain("href=\"/events\"").doesNotContain("href=\"/audit/verify\"");
        assertThat(ok(auditor, "/")).contains("href=\"/events\"").contains("href=\"/audit/verify\"")
                .doesNotContain("href=\"/admin/users\"");
        assertThat(ok(clerk, "/")).contains("href=\"/events\"").doesNotContain("href=\"/audit/verify\"");
    }

    @Test
    void theVerificationPageShowsEachChainOkOrItsFirstBrokenEventNamed() throws Exception {
        String body = ok(auditor, "/audit/verify?department=" + D);
        assertThat(body).contains("已校验 2 条链、" + (total + 1) + " 笔事件：").contains("全部正常");
        assertThat(body).containsPattern("<td>2024</td>\\s*<td class=\"num\">6</td>\\s*<td class=\"num\">5</td>\\s*"
                + "<td><code title=\"[0-9a-f]{64}\">[0-9a-f]{12}…</code></td>\\s*<td class=\"ok\"><strong>正常</strong>");
        // no seal yet: each chain says so, and the summary says what that means
        assertThat(body).contains("0 条链已封印，2 条链未封印（仅由哈希链证明").contains("<td>未封印</td>");
        sealer.sealHead(D, 2024, budgetledger.app.seal.Seal.ON_DEMAND);
        assertThat(ok(auditor, "/audit/verify?department=" + D)).contains("1 条链已封印，1 条链未封印")
                .contains("相符（至第 5 号，按需封印）");
        Sql.update(dbUrl, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'\"L1\"', '\"L9\"'), 'UTF8') WHERE aggregateidentifier = 'ah-tamper/2024' AND sequencenumber = 1");
        String tampered = ok(auditor, "/audit/verify?department=ah-tamper");
        assertThat(tampered).contains("1 条链已断开").contains("第 <span>1</span> 号事件<span>（预算指标下达）</span>")
                .contains("哈希不符");
        assertThat(ok(auditor, "/audit/verify?department=" + D)).contains("全部正常");
        for (Browser b : List.of(admin, clerk, reviewer)) {
            HttpResponse<String> r = b.get("/audit/verify");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("无权执行此操作");
        }
        assertThat(auditor.get("/audit/verify?department=nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void aClosedYearWhoseSealIsDeletedIsNamedOnThePage() throws Exception {
        Api api = new Api(port);
        new Recording(api).ledger("ah-closed", 2024);                                   // 0
        api.post(Recording.yearPath("ah-closed", 2024) + "/close", Api.body("closingDate", "2025-01-10")).expect(201); // 1
        String seals = "SELECT count(*) FROM ledger_seal WHERE ledger_id = 'ah-closed/2024'";
        for (long deadline = System.currentTimeMillis() + 60_000; Sql.count(dbUrl, seals) == 0
                && System.currentTimeMillis() < deadline; ) {
            Thread.sleep(200); // the seal processor seals the close as it reaches it
        }
        assertThat(ok(auditor, "/audit/verify?department=ah-closed")).contains("相符（至第 1 号，年终结账时封印）");
        Sql.update(dbUrl, "DELETE FROM ledger_seal WHERE ledger_id = 'ah-closed/2024'");
        assertThat(ok(auditor, "/audit/verify?department=ah-closed")).contains("封印发现 1 处不符")
                .contains("<strong>未封印</strong>：").contains("第 1 号事件：" + budgetledger.app.seal.SealAudit.MISSING_SEAL);
    }
}
