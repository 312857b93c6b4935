package budgetledger.app.pages;

import budgetledger.app.ledger.Importer;
import budgetledger.app.security.Browser;
import budgetledger.app.security.Role;
import budgetledger.app.seed.SeedFiles;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page and a figure's events page on the seed (益阳市委组织部 2024) in the real PostgreSQL: the report as
 * submitted (as of 2025-04-15 23:59:59 China time) scores 99.66, 优; its downloads and versions open the report at
 * that same moment; a figure's events add up to the figure; who may read but not the history sees no links.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageTest extends PostgresIntegrationTest {
    static final String SEED = "/departments/yiyang-zzb/years/2024";
    static final String SUBMITTED = "2025-04-15T15:59:59Z"; // 2025-04-15T23:59:59+08:00
    @LocalServerPort
    int port;
    @Autowired
    Importer importer;
    private Browser auditor;
    private Browser reviewer;

    @BeforeAll
    void seed() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(importer.importFile(SeedFiles.find("datasets/yiyang-zzb.jsonl"), "admin", false,
                new PrintWriter(err)).rejected()).as(err.toString()).isEmpty();
        TestUsers users = TestUsers.at(port);
        users.create("rp-auditor", "auditor-password-1", TestUsers.roles(Role.AUDITOR), List.of());
        users.create("rp-reviewer", "reviewer-password-1", TestUsers.roles(Role.REVIEWER), List.of());
        auditor = new Browser(port);
        assertThat(auditor.signIn("rp-auditor", "auditor-password-1").statusCode()).isEqualTo(302);
        reviewer = new Browser(port);
        assertThat(reviewer.signIn("rp-reviewer", "reviewer-password-1").statusCode()).isEqualTo(302);
    }

    private static String at(String moment) {
        return "?asOf=" + URLEncoder.encode(moment, StandardCharsets.UTF_8);
    }

    @Test
    void theSubmittedReportScores9966AndItsDownloadsAndVersionsKeepTheMoment() throws Exception {
        HttpResponse<String> page = auditor.get(SEED + "/report" + at("2025-04-15 23:59:59"));
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("显示的是截至 2025-04-15 23:59（北京时间）")
                .contains("value=\"2025-04-15 23:59:59\"")
                .contains("id=\"score\">99.66<").contains("id=\"grade\">优<")
                .contains("srcdoc=\"&lt;!DOCTYPE html&gt;") // the report's own page, framed
                .contains("/api/v1/departments/yiyang-zzb/years/2024/report?format=xlsx&amp;asOf=" + SUBMITTED)
                .contains("format=pdf&amp;asOf=" + SUBMITTED).contains("format=md&amp;asOf=" + SUBMITTED)
                .contains(SEED + "/figures/budget.full/events?asOf=" + SUBMITTED)
                .contains(SEED + "/figures/expenditure.total/events?asOf=" + SUBMITTED)
                .containsPattern("<td class=\"num\">\\s*<span>96.56%</span></td>") // a rate: no events of its own
                .doesNotContain("/figures/execution.rate/events");
        assertThat(body).containsPattern("<td class=\"num\">99.66</td>\\s*<td>优</td>") // the submitted version
                .containsPattern("title=\"[0-9a-f]{64}（截至第 \\d+ 号事件）\">[0-9a-f]{14}...</code>"); // the seal
        // the version reopens as submitted: its moment, its submission printed on the report and named in the banner
        Matcher version = Pattern.compile(Pattern.quote(SEED) + "/report\\?submission=(\\d+)").matcher(body);
        assertThat(version.find()).as("a link to the submitted version").isTrue();
        String sequence = version.group(1);
        String submitted = auditor.get(SEED + "/report?submission=" + sequence).body();
        assertThat(submitted).contains("value=\"2025-04-15 23:59:59\"", "提交的版本（第 " + sequence + " 号事件）",
                        "提交版本：第 " + sequence + " 号事件", "id=\"score\">99.66<")
                .contains("format=pdf&amp;submission=" + sequence);
        HttpResponse<String> md = auditor.get("/api/v1/departments/yiyang-zzb/years/2024/report?format=md&asOf=" + SUBMITTED);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).contains("99.66");
    }

    @Test
    void eachProjectDownloadsOnItsOwnAtThePagesMoment() throws Exception {
        String body = auditor.get(SEED + "/report" + at("2025-04-15 23:59:59")).body();
        Matcher link = Pattern.compile("/api/v1/departments/yiyang-zzb/years/2024/projects/([^/]+)/report\\?format=md&amp;asOf="
                + Pattern.quote(SUBMITTED)).matcher(body);
        assertThat(body).contains("id=\"project-reports\"");
        assertThat(link.find()).as("a project's own report, at the page's moment").isTrue();
        HttpResponse<String> md = auditor.get("/api/v1/departments/yiyang-zzb/years/2024/projects/" + link.group(1)
                + "/report?format=md&asOf=" + SUBMITTED);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).contains("项目支出绩效自评报告", "## 附件 2024 年度项目支出绩效自评表", "其中：当年财政拨款");
    }

    @Test
    void aFiguresEventsAddUpToItWithWhoWhenAndWhyInChinaTime() throws Exception {
        HttpResponse<String> page = auditor.get(SEED + "/figures/budget.full/events?asOf=" + SUBMITTED);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("全年预算数 的来源记录").contains("显示的是截至 2025-04-15 23:59（北京时间）")
                .contains("<th>记录人</th>").doesNotContain(":00Z");
        Matcher value = Pattern.compile("id=\"figure-value\">([^<]+)<").matcher(body);
        Matcher sum = Pattern.compile("id=\"figure-sum\">([^<]+)<").matcher(body);
        assertThat(value.find() && sum.find()).isTrue();
        assertThat(sum.group(1)).isEqualTo(value.group(1)).endsWith(" 元").isNotEqualTo("0.00 元");
        assertThat(body).containsPattern("<td>20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d</td>"); // recorded, China time
        assertThat(body).contains("title=\"AppropriationRecorded\">预算指标下达</td>"); // the event named in Chinese
    }

    @Test
    void aRateHasNoEventsOfItsOwnAndSaysWhichToFollow() throws Exception {
        HttpResponse<String> page = auditor.get(SEED + "/figures/execution.rate/events");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"refusal\"").contains("不是可加总的金额或数量");
        HttpResponse<String> unknown = auditor.get(SEED + "/figures/no.such.figure/events");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("没有名为 no.such.figure 的数据");
    }

    @Test
    void aMomentThatIsNoneIsRefusedBesideThePicker() throws Exception {
        HttpResponse<String> page = auditor.get(SEED + "/report?asOf=yesterday");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"asOf-error\"").contains("value=\"yesterday\"").contains("显示的是当前（实时）数据");
    }

    @Test
    void aReviewerReadsTheReportButNotTheHistory() throws Exception {
        HttpResponse<String> page = reviewer.get(SEED + "/report" + at("2025-04-15 23:59:59"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"score\">99.66<").doesNotContain("/figures/budget.full/events");
        assertThat(reviewer.get(SEED + "/figures/budget.full/events").statusCode()).isEqualTo(403);
    }

    @Test
    void theDashboardLinksTheReportAndItsBudgetFiguresToTheirEvents() throws Exception {
        HttpResponse<String> page = auditor.get(SEED + "?asOf=" + SUBMITTED);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(SEED + "/report?asOf=" + SUBMITTED)
                .contains(SEED + "/figures/budget.full/events?asOf=" + SUBMITTED)
                .contains(SEED + "/figures/expenditure.total/events?asOf=" + SUBMITTED)
                .contains(SEED + "/figures/threePublic.reception.actual/events?asOf=" + SUBMITTED);
    }
}
