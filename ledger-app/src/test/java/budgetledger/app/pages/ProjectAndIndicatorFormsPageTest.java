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
 * The registration forms (登记项目, 撤回项目登记, 定义绩效指标, 撤回绩效指标): each sends the API's command through the
 * same path — the event is in the API's event list, recorded by the signed-in clerk — and a refusal is the API's
 * Chinese message beside its field, with the values kept and nothing written. Only a 录入 role is offered them.
 */
class ProjectAndIndicatorFormsPageTest extends PostgresIntegrationTest {
    static final String D = "pif-dept";
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
            new Recording(api).ledger(D, 2024);
            for (String code : List.of("P-API", "P-USED", "P-WD")) {
                api.post(API + "/projects", body("projectCode", code, "name", "项目" + code, "category", "BUSINESS"))
                        .expect(201);
            }
            api.post(API + "/indicators", body("indicatorId", "I-P1", "projectCode", "P-USED", "level1", "产出指标",
                    "level2", "数量指标", "name", "培训人次", "target", "≥700人次", "weight", "20")).expect(201);
            api.post(API + "/indicators", body("indicatorId", "I-WD", "level1", "效益指标", "level2", "社会效益指标",
                    "name", "群众知晓率", "target", "≥90%", "weight", "10")).expect(201);
            api.post(API + "/indicators", body("indicatorId", "I-MEAS", "level1", "满意度指标",
                    "level2", "服务对象满意度指标", "name", "群众满意度", "target", "≥95%", "weight", "10")).expect(201);
            api.post(API + "/indicators/I-MEAS/outcome", body("actual", "96%")).expect(201);
            TestUsers users = TestUsers.at(port);
            users.create("pif-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(D));
            users.create("pif-boss", "boss-password-1", TestUsers.roles(Role.APPROVER), List.of(D));
        }
        clerk = new Browser(port);
        clerk.signIn("pif-clerk", "clerk-password-1");
    }

    private String events(String type) {
        return api.get(API + "/events?size=500&type=" + type).raw();
    }

    private HttpResponse<String> submit(String form, String... keyValues) throws Exception {
        return clerk.submit(YEAR + form, keyValues);
    }

    private HttpResponse<String> savedToDashboard(String form, String... keyValues) throws Exception {
        HttpResponse<String> r = submit(form, keyValues);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith(YEAR);
        return r;
    }

    @Test
    void projectIsRegisteredInItsCategoryAndCanThenBeChosenForAnIndicator() throws Exception {
        assertThat(clerk.get(YEAR + "/projects/new").body()).contains("<option value=\"BUSINESS\">业务工作经费</option>")
                .contains("<option value=\"OWN\">自定类别</option>");
        savedToDashboard("/projects/new", "projectCode", "P-FORM", "name", "村级组织运转保障", "category", "OWN",
                "categoryName", "村级补助", "implementingUnit", "各村委会");
        assertThat(clerk.get(YEAR).body()).contains("已登记项目 P-FORM 村级组织运转保障。");
        assertThat(events("ProjectRegistered")).contains("P-FORM").contains("村级补助").contains("pif-clerk");
        assertThat(clerk.get(YEAR + "/indicators/new").body()).contains("<option value=\"P-FORM\">项目 P-FORM · 村级组织运转保障</option>");
    }

    @Test
    void duplicateProjectCodeOrOwnCategoryWithoutItsNameIsRefusedBesideTheField() throws Exception {
        HttpResponse<String> duplicate = submit("/projects/new", "projectCode", "P-API", "name", "重复的项目",
                "category", "SPECIAL");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("id=\"projectCode-error\">项目编号已存在").contains("value=\"重复的项目\"")
                .contains("<option value=\"SPECIAL\" selected=\"selected\">");
        HttpResponse<String> unnamed = submit("/projects/new", "projectCode", "P-OWN", "name", "无名类别项目",
                "category", "OWN");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(unnamed.body()).contains("id=\"categoryName-error\"").contains("categoryName")
                .contains("value=\"P-OWN\"");
        assertThat(events("ProjectRegistered")).doesNotContain("重复的项目").doesNotContain("P-OWN");
    }

    @Test
    void projectWithdrawalIsRecordedWithItsReasonAndLeavesThePicker() throws Exception {
        assertThat(clerk.get(YEAR + "/projects/withdrawal/new?projectCode=P-WD").body())
                .contains("<option value=\"P-WD\" selected=\"selected\">P-WD · 项目P-WD · 业务工作经费</option>")
                // the other tests may define more of P-USED's indicators
                .containsPattern("P-USED · 项目P-USED · 业务工作经费 · 已有绩效指标 \\d 项");
        savedToDashboard("/projects/withdrawal/new", "projectCode", "P-WD", "reason", "重复登记");
        assertThat(clerk.get(YEAR).body()).contains("已撤回项目登记 P-WD（撤回原因：重复登记）。");
        assertThat(events("ProjectWithdrawn")).contains("P-WD").contains("重复登记").contains("pif-clerk");
        assertThat(clerk.get(YEAR + "/projects/withdrawal/new").body()).doesNotContain("value=\"P-WD\"");
    }

    @Test
    void projectThatAnIndicatorNamesOrAWithdrawalWithoutReasonIsRefused() throws Exception {
        HttpResponse<String> inUse = submit("/projects/withdrawal/new", "projectCode", "P-USED", "reason", "登记有误");
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(inUse.body()).contains("id=\"projectCode-error\">该登记已被引用，不能撤回")
                .contains("项目 P-USED 下已有绩效指标").contains("value=\"登记有误\"")
                .contains("<option value=\"P-USED\" selected=\"selected\">");
        HttpResponse<String> noReason = submit("/projects/withdrawal/new", "projectCode", "P-API", "reason", "");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason-error\"");
        assertThat(events("ProjectWithdrawn")).doesNotContain("P-USED").doesNotContain("P-API");
    }

    @Test
    void indicatorIsDefinedFromItsColumnsAndShownOnTheDashboard() throws Exception {
        assertThat(clerk.get(YEAR + "/indicators/new").body()).contains("<option value=\"GE\">≥</option>")
                .contains("<option value=\"QUALITATIVE\">定性</option>").contains("<option value=\"产出指标\">")
                .containsPattern("value=\"ZB-\\d{14}-\\d{3}\"");
        savedToDashboard("/indicators/new", "indicatorId", "I-FORM", "projectCode", "P-USED", "level1", "产出指标",
                "level2", "时效指标", "name", "培训按期完成率", "operator", "GE", "targetValue", "98.5", "unit", "%",
                "weight", "15");
        assertThat(clerk.get(YEAR).body()).contains("已定义绩效指标 I-FORM 培训按期完成率。");
        assertThat(clerk.get(YEAR + "/indicators/withdrawal/new").body())
                .contains("I-FORM · 项目P-USED · 产出指标 / 时效指标 / 培训按期完成率 · 指标值 ≥98.5%");
        assertThat(events("IndicatorDefined")).contains("I-FORM").contains("培训按期完成率").contains("pif-clerk");
        savedToDashboard("/indicators/new", "indicatorId", "I-QUAL", "level1", "效益指标", "level2", "社会效益指标",
                "name", "工作机制", "operator", "QUALITATIVE", "targetValue", "考核合格", "weight", "10");
        assertThat(clerk.get(YEAR).body()).contains("工作机制");
        assertThat(clerk.get(YEAR + "/indicators/outcome/new").body())
                .contains("I-QUAL · 部门整体 · 效益指标 / 社会效益指标 / 工作机制 · 指标值 考核合格（定性）");
    }

    @Test
    void indicatorWithoutItsLevelOrWithTooHighAScoreIsRefusedBesideTheField() throws Exception {
        HttpResponse<String> noLevel = submit("/indicators/new", "indicatorId", "I-BAD1", "level1", " ",
                "level2", "数量指标", "name", "发放册数", "operator", "GE", "targetValue", "700", "unit", "册", "weight", "20");
        assertThat(noLevel.statusCode()).isEqualTo(422);
        assertThat(noLevel.body()).contains("id=\"level1-error\">绩效指标定义无效").contains("一级指标不能为空")
                .contains("value=\"发放册数\"").contains("<option value=\"GE\" selected=\"selected\">");
        HttpResponse<String> heavy = submit("/indicators/new", "indicatorId", "I-BAD2", "level1", "产出指标",
                "level2", "数量指标", "name", "发放册数", "operator", "LE", "targetValue", "700", "unit", "册", "weight", "120");
        assertThat(heavy.statusCode()).isEqualTo(422);
        assertThat(heavy.body()).contains("id=\"weight-error\">绩效指标定义无效").contains("分值须在 0 到 100 之间")
                .contains("value=\"120\"");
        HttpResponse<String> duplicate = submit("/indicators/new", "indicatorId", "I-P1", "level1", "产出指标",
                "level2", "数量指标", "name", "发放册数", "operator", "GE", "targetValue", "700", "unit", "册", "weight", "5");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("id=\"indicatorId-error\">绩效指标编号已存在");
        assertThat(events("IndicatorDefined")).doesNotContain("发放册数");
    }

    @Test
    void indicatorWithdrawalIsRecordedButOneWithAnOutcomeIsRefused() throws Exception {
        assertThat(clerk.get(YEAR + "/indicators/withdrawal/new").body())
                .contains("I-MEAS · 部门整体 · 满意度指标 / 服务对象满意度指标 / 群众满意度 · 指标值 ≥95% · 已记录完成值 96%，不能撤回");
        HttpResponse<String> measured = submit("/indicators/withdrawal/new", "indicatorId", "I-MEAS", "reason", "指标重复");
        assertThat(measured.statusCode()).isEqualTo(409);
        assertThat(measured.body()).contains("id=\"indicatorId-error\">该登记已被引用，不能撤回")
                .contains("已记录完成值，不能撤回").contains("value=\"指标重复\"");
        assertThat(events("IndicatorWithdrawn")).doesNotContain("I-MEAS");
        savedToDashboard("/indicators/withdrawal/new", "indicatorId", "I-WD", "reason", "指标值录入错误");
        assertThat(clerk.get(YEAR).body()).contains("已撤回绩效指标 I-WD（撤回原因：指标值录入错误）。")
                .doesNotContain("群众知晓率");
        assertThat(events("IndicatorWithdrawn")).contains("I-WD").contains("指标值录入错误").contains("pif-clerk");
    }

    @Test
    void onlyARecorderIsOfferedTheRegistrationForms() throws Exception {
        List<String> titles = List.of("登记项目", "撤回项目登记", "定义绩效指标", "撤回绩效指标");
        String clerkMenu = clerk.get(YEAR).body();
        titles.forEach(t -> assertThat(clerkMenu).contains(">" + t + "</a>"));
        Browser boss = new Browser(port);
        boss.signIn("pif-boss", "boss-password-1");
        String bossMenu = boss.get(YEAR).body();
        titles.forEach(t -> assertThat(bossMenu).doesNotContain(">" + t + "</a>"));
        for (String form : List.of("/projects/new", "/projects/withdrawal/new", "/indicators/new",
                "/indicators/withdrawal/new")) {
            assertThat(boss.get(YEAR + form).statusCode()).as(form).isEqualTo(403);
        }
    }
}
