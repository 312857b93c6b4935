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
import java.util.List;

import static budgetledger.app.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording forms (冲销, 收入, 下达指标, 调剂提议, 指标完成值, 自评报告文字): each sends the API's command through
 * the same path — what it records is in the API's figures and events, recorded by the signed-in clerk — and a refusal
 * comes back as the API's Chinese message beside the field it concerns, with the entered values kept and nothing
 * written. The dashboard's 记录 menu offers only the forms the user's roles may use.
 */
class RecordingFormsPageTest extends PostgresIntegrationTest {
    static final String D = "rf-dept";
    static final String YEAR = "/departments/" + D + "/years/2024";
    static final String API = Recording.yearPath(D, 2024);
    @LocalServerPort
    int port;
    private Api api;
    private Browser clerk;

    @BeforeEach
    void ledger() throws Exception {
        api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            Recording rec = new Recording(api);
            rec.ledger(D, 2024);
            rec.appropriation(D, 2024, "L1", "50000.00");
            rec.appropriation(D, 2024, "L2", "120000.00");
            rec.expenditure(D, 2024, "X-REV1", "L2", "8000.00");
            rec.expenditure(D, 2024, "X-REV2", "L2", "600.00");
            api.post(API + "/receipts", body("receiptId", "R-API", "fundNature", "GENERAL_PUBLIC", "amount", "100.00",
                    "businessDate", "2024-01-10")).expect(201);
            api.post(API + "/indicators", body("indicatorId", "I-D1", "level1", "产出指标", "level2", "数量指标",
                    "name", "培训人次", "target", "≥700人次", "weight", "20")).expect(201);
            TestUsers users = TestUsers.at(port);
            users.create("rf-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER, Role.APPROVER), List.of(D));
            users.create("rf-boss", "boss-password-1", TestUsers.roles(Role.APPROVER), List.of(D));
            users.create("rf-reader", "reader-password-1", TestUsers.roles(Role.REVIEWER), List.of());
        }
        clerk = signedIn("rf-clerk", "clerk-password-1");
    }

    private Browser signedIn(String username, String password) throws Exception {
        Browser b = new Browser(port);
        b.signIn(username, password);
        return b;
    }

    private String events() {
        return api.get(API + "/events?size=500").raw();
    }

    private String figure(String name) {
        return api.get(API + "/figures").json().path("figures").path(name).asText();
    }

    private HttpResponse<String> submit(String form, String... keyValues) throws Exception {
        return clerk.submit(YEAR + form, keyValues);
    }

    private static void redirectsTo(HttpResponse<String> r, String suffix) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith(YEAR + suffix);
    }

    @Test
    void reversalOfAnExpenditurePickedFromTheListTakesItsAmountBack() throws Exception {
        String form = clerk.get(YEAR + "/expenditures/reversal/new?expenditureId=X-REV1").body();
        assertThat(form).containsPattern("<option value=\"X-REV1\" selected=\"selected\">X-REV1 · 2024-02-10 · L2 · 30201 · 8,000.00 元")
                .contains("<option value=\"X-REV2\">");
        String before = figure("expenditure.total");
        HttpResponse<String> saved = submit("/expenditures/reversal/new", "expenditureId", "X-REV1",
                "reason", "金额录入错误", "businessDate", "2024-03-10");
        redirectsTo(saved, "");
        assertThat(clerk.get(YEAR).body()).contains("已冲销支出 X-REV1（冲销原因：金额录入错误）。");
        assertThat(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal(figure("expenditure.total"))))
                .isEqualByComparingTo("8000.00");
        assertThat(events()).contains("ExpenditureReversed").contains("金额录入错误").contains("rf-clerk");
        assertThat(clerk.get(YEAR + "/expenditures/reversal/new").body()).doesNotContain("value=\"X-REV1\"");
    }

    @Test
    void reversalWithoutReasonOrBeforeTheExpenditureIsRefusedBesideItsField() throws Exception {
        HttpResponse<String> noReason = submit("/expenditures/reversal/new", "expenditureId", "X-REV2", "reason", " ",
                "businessDate", "2024-03-11");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-error\">请求内容不完整或格式错误").contains("冲销原因 reason不能为空")
                .contains("<option value=\"X-REV2\" selected=\"selected\">").contains("value=\"2024-03-11\"");
        HttpResponse<String> early = submit("/expenditures/reversal/new", "expenditureId", "X-REV2",
                "reason", "重复记账", "businessDate", "2024-01-02");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("id=\"businessDate-error\">冲销日期早于原支出日期").contains("value=\"重复记账\"");
        assertThat(events()).doesNotContain("重复记账");
        assertThat(api.get(API + "/events?type=ExpenditureReversed").raw()).doesNotContain("X-REV2");
    }

    @Test
    void receiptIsRecordedAndShownAmongTheEventsOfTheIncomeFigure() throws Exception {
        assertThat(clerk.get(YEAR + "/receipts/new").body()).contains("<option value=\"GENERAL_PUBLIC\" selected=\"selected\">一般公共预算</option>")
                .contains("收回以前年度资金").containsPattern("value=\"SR-\\d{14}-\\d{3}\"");
        String before = figure("income.total");
        HttpResponse<String> saved = submit("/receipts/new", "receiptId", "R-FORM", "fundNature", "GENERAL_PUBLIC",
                "source", "CURRENT_YEAR", "amount", "1,200,000.00", "businessDate", "2024-01-20");
        redirectsTo(saved, "/figures/income.total/events");
        String shown = clerk.get(YEAR + "/figures/income.total/events").body();
        assertThat(shown).contains("已记录收入 R-FORM，金额 1,200,000.00 元。").contains("1,200,000.00");
        assertThat(new java.math.BigDecimal(figure("income.total")).subtract(new java.math.BigDecimal(before)))
                .isEqualByComparingTo("1200000.00");
        assertThat(events()).contains("R-FORM").contains("rf-clerk");
    }

    @Test
    void duplicateReceiptNumberIsShownBesideItAndNothingIsWritten() throws Exception {
        HttpResponse<String> refused = submit("/receipts/new", "receiptId", "R-API", "fundNature", "GOV_FUND",
                "source", "RECOVERED_PRIOR_YEARS", "amount", "3,000.00", "businessDate", "2024-02-01");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"receiptId-error\">收入编号已存在").contains("value=\"3,000.00\"")
                .contains("<option value=\"GOV_FUND\" selected=\"selected\">")
                .contains("<option value=\"RECOVERED_PRIOR_YEARS\" selected=\"selected\">");
        assertThat(events()).doesNotContain("GOV_FUND");
    }

    @Test
    void appropriationAddsALineThatTheDashboardShows() throws Exception {
        String form = clerk.get(YEAR + "/appropriations/new").body();
        assertThat(form).contains("value=\"2013201\"").doesNotContain("value=\"20132\"") // only 项-level codes
                .contains("<option value=\"BASIC_PUBLIC\">基本支出-公用经费</option>");
        HttpResponse<String> saved = submit("/appropriations/new", "lineId", "L9", "kind", "BASIC_PUBLIC",
                "fundNature", "GENERAL_PUBLIC", "vintage", "CURRENT_YEAR", "functionalCode", "2013201",
                "amount", "30,000.00", "initial", "true", "businessDate", "2024-01-15");
        redirectsTo(saved, "");
        String dashboard = clerk.get(YEAR).body();
        assertThat(dashboard).contains("已下达预算指标 L9，金额 30,000.00 元。").contains("<span>L9</span>");
        assertThat(api.get(API).raw()).contains("\"L9\"");
    }

    @Test
    void appropriationWithACoarseFunctionalCodeOrWithoutItsProjectIsRefusedBesideTheField() throws Exception {
        HttpResponse<String> coarse = submit("/appropriations/new", "lineId", "L10", "kind", "BASIC_PUBLIC",
                "fundNature", "GENERAL_PUBLIC", "functionalCode", "20132", "amount", "1,000.00", "businessDate", "2024-02-01");
        assertThat(coarse.statusCode()).isEqualTo(422);
        assertThat(coarse.body()).contains("id=\"functionalCode-error\">功能分类科目在本年度科目表中不存在")
                .contains("value=\"L10\"").contains("value=\"20132\"").contains("value=\"1,000.00\"");
        HttpResponse<String> noProject = submit("/appropriations/new", "lineId", "L11", "kind", "PROJECT",
                "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013201", "amount", "1,000.00", "businessDate", "2024-02-01");
        assertThat(noProject.statusCode()).isEqualTo(422);
        assertThat(noProject.body()).contains("id=\"projectCode-error\">项目不存在")
                .contains("<option value=\"PROJECT\" selected=\"selected\">");
        assertThat(api.get(API).raw()).doesNotContain("\"L10\"").doesNotContain("\"L11\"");
    }

    @Test
    void transferProposalGoesToTheWorklistAndChangesNoLineYet() throws Exception {
        assertThat(clerk.get(YEAR + "/transfers/new").body()).contains("<label for=\"fromLineId\">调出指标</label>")
                .contains("L1 · 基本支出-公用经费 · 2013201 · 可用 50,000.00 元");
        String budget = figure("budget.full");
        HttpResponse<String> saved = submit("/transfers/new", "fromLineId", "L1", "toLineId", "L2",
                "amount", "5,000.00", "businessDate", "2024-04-01", "reason", "会议经费不足", "document", "益财预〔2024〕3号");
        redirectsTo(saved, "/proposals");
        assertThat(clerk.get(YEAR + "/proposals").body()).contains("已提交调剂提议（L1 → L2 5,000.00 元），待另一位审核人审批。");
        String pending = api.get(API + "/proposals?status=PENDING").raw();
        assertThat(pending).contains("会议经费不足").contains("益财预〔2024〕3号").contains("rf-clerk");
        assertThat(figure("budget.full")).isEqualTo(budget);
    }

    @Test
    void transferBeyondWhatTheLineHasOrToItselfIsRefusedBesideTheField() throws Exception {
        HttpResponse<String> tooMuch = submit("/transfers/new", "fromLineId", "L1", "toLineId", "L2",
                "amount", "900,000.00", "businessDate", "2024-04-02", "reason", "调剂过多");
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("id=\"amount-error\">追减或调出金额超过指标可用额度")
                .contains("value=\"900,000.00\"").contains("value=\"调剂过多\"");
        HttpResponse<String> itself = submit("/transfers/new", "fromLineId", "L2", "toLineId", "L2",
                "amount", "10.00", "businessDate", "2024-04-02");
        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(itself.body()).contains("id=\"toLineId-error\"");
        assertThat(api.get(API + "/proposals").raw()).doesNotContain("调剂过多");
    }

    @Test
    void indicatorOutcomeIsPickedWithItsTargetAndShownOnTheDashboard() throws Exception {
        assertThat(clerk.get(YEAR + "/indicators/outcome/new").body())
                .contains("I-D1 · 部门整体 · 产出指标 / 数量指标 / 培训人次 · 指标值 ≥700人次");
        HttpResponse<String> refused = submit("/indicators/outcome/new", "indicatorId", "I-D1", "actual", "820册",
                "deviationReason", "超额完成");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"actual-error\">实际完成值与指标值的计量单位不一致")
                .contains("value=\"820册\"").contains("value=\"超额完成\"")
                .contains("<option value=\"I-D1\" selected=\"selected\">");
        assertThat(events()).doesNotContain("820册");
        HttpResponse<String> saved = submit("/indicators/outcome/new", "indicatorId", "I-D1", "actual", "820人次");
        redirectsTo(saved, "");
        assertThat(clerk.get(YEAR).body()).contains("已记录指标 I-D1 的完成值。").contains("<td>820人次</td>");
        assertThat(clerk.get(YEAR + "/indicators/outcome/new").body()).contains("已记录 820人次");
    }

    @Test
    void evaluationTextIsRecordedForItsSectionAndOpensAgainForEditing() throws Exception {
        HttpResponse<String> empty = submit("/texts/new", "section", "problems", "text", "  ");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"text-error\"").contains("文字内容 text不能为空")
                .contains("<option value=\"problems\" selected=\"selected\">");
        HttpResponse<String> saved = submit("/texts/new", "section", "problems", "text", "部分项目支出进度偏慢。");
        redirectsTo(saved, "/report");
        assertThat(clerk.get(YEAR + "/report").body()).contains("已记录自评报告文字：存在的问题及原因分析。");
        assertThat(clerk.get(YEAR + "/texts/new?section=problems").body())
                .contains(">部分项目支出进度偏慢。</textarea>").contains("存在的问题及原因分析（problems） · 已记录");
        assertThat(events()).contains("EvaluationTextRecorded").contains("部分项目支出进度偏慢。");
    }

    @Test
    void theRecordMenuOffersOnlyTheFormsTheRolesMayUse() throws Exception {
        String clerkMenu = clerk.get(YEAR).body();
        for (String title : List.of("记录支出", "冲销支出", "记录收入", "下达预算指标", "提议追加/追减", "提议调剂",
                "记录指标完成值", "记录自评报告文字")) {
            assertThat(clerkMenu).contains(">" + title + "</a>");
        }
        String bossMenu = signedIn("rf-boss", "boss-password-1").get(YEAR).body();
        assertThat(bossMenu).contains(">提议调剂</a>").contains(">提议追加/追减</a>").doesNotContain(">记录收入</a>")
                .doesNotContain(">冲销支出</a>");
        Browser reader = signedIn("rf-reader", "reader-password-1");
        assertThat(reader.get(YEAR).body()).doesNotContain("record-menu");
        for (String form : List.of("/receipts/new", "/expenditures/reversal/new", "/appropriations/new",
                "/transfers/new", "/indicators/outcome/new", "/texts/new")) {
            assertThat(reader.get(YEAR + form).statusCode()).as(form).isEqualTo(403);
        }
    }
}
