package budgetledger.app.pages;

import budgetledger.app.security.Browser;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.security.UserService;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration pages in the real PostgreSQL: an administrator creates users (a generated first password
 * that signs in, or one typed twice), changes roles, departments and whether one may sign in, and registers a
 * department through the API's command path; refusals are Chinese, beside their field, and record nothing; no other
 * role reaches these pages, and a form without its CSRF token is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    private Browser admin;

    @BeforeAll
    void signIn() throws Exception {
        new Api(port).post("/api/v1/departments", Api.body("departmentId", "ad-dept", "name", "测试单位ad")).expect(201);
        TestUsers.at(port).create("ad-admin", "admin-password-1", TestUsers.roles(Role.ADMIN), List.of());
        TestUsers.at(port).create("ad-auditor", "auditor-password-1", TestUsers.roles(Role.AUDITOR), List.of());
        admin = new Browser(port);
        assertThat(admin.signIn("ad-admin", "admin-password-1").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        admin.get(path); // the form's page first, for its CSRF token
        return admin.form(path, fields, true);
    }

    @Test
    void aUserCreatedWithAGeneratedPasswordSignsInWithIt() throws Exception {
        HttpResponse<String> created = post("/admin/users", Map.of("username", "ad-clerk", "displayName", "朱琳",
                "roles", "RECORDER", "departments", "ad-dept", "passwordChoice", "generate"));
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher password = Pattern.compile("id=\"created-password\">([A-Za-z0-9_-]{16})<").matcher(created.body());
        assertThat(password.find()).as(created.body()).isTrue();
        assertThat(created.body()).contains("已创建用户 ad-clerk（录入）").contains("<td>ad-clerk</td>");
        LedgerUser stored = users.find("ad-clerk").orElseThrow();
        assertThat(stored.roles()).containsExactly(Role.RECORDER);
        assertThat(stored.departments()).containsExactly("ad-dept");
        assertThat(stored.displayName()).isEqualTo("朱琳");
        assertThat(new Browser(port).signIn("ad-clerk", password.group(1)).headers().firstValue("Location").orElseThrow())
                .endsWith("/");
        assertThat(admin.get("/admin/users").body()).doesNotContain(password.group(1)); // shown once
    }

    @Test
    void aTypedPasswordMustMatchAndRefusalsStandBesideTheirFields() throws Exception {
        HttpResponse<String> mismatch = post("/admin/users", Map.of("username", "ad-typed", "roles", "AUDITOR",
                "passwordChoice", "set", "password", "typed-password-1", "passwordAgain", "typed-password-2"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"passwordAgain-error\"").contains("两次输入的密码不一致")
                .contains("value=\"ad-typed\"");
        HttpResponse<String> short_ = post("/admin/users", Map.of("username", "ad-typed", "roles", "AUDITOR",
                "passwordChoice", "set", "password", "short", "passwordAgain", "short"));
        assertThat(short_.statusCode()).isEqualTo(400);
        assertThat(short_.body()).contains("id=\"password-error\"").contains("密码至少 10 个字符");
        HttpResponse<String> noRole = post("/admin/users", Map.of("username", "ad-typed", "passwordChoice", "generate"));
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(noRole.body()).contains("id=\"roles-error\"").contains("用户至少须有一个角色");
        HttpResponse<String> badName = post("/admin/users", Map.of("username", "ad typed!", "roles", "AUDITOR"));
        assertThat(badName.body()).contains("id=\"username-error\"").contains("用户名须为");
        HttpResponse<String> taken = post("/admin/users", Map.of("username", "ad-auditor", "roles", "AUDITOR"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"username-error\"").contains("用户名已被使用: ad-auditor");
        assertThat(users.find("ad-typed")).isEmpty();
        HttpResponse<String> typed = post("/admin/users", Map.of("username", "ad-typed", "roles", "AUDITOR",
                "passwordChoice", "set", "password", "typed-password-1", "passwordAgain", "typed-password-1"));
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body()).contains("已创建用户 ad-typed").doesNotContain("id=\"created-password\"");
        assertThat(new Browser(port).signIn("ad-typed", "typed-password-1").statusCode()).isEqualTo(302);
    }

    @Test
    void anAdministratorChangesRolesDepartmentsAndDisablesButNeverThemself() throws Exception {
        TestUsers.at(port).create("ad-change", "change-password-1", TestUsers.roles(Role.RECORDER), List.of("ad-dept"));
        assertThat(admin.get("/admin/users/ad-change").body()).contains("value=\"RECORDER\" checked=\"checked\"");
        HttpResponse<String> saved = post("/admin/users/ad-change", Map.of("displayName", "王五", "roles", "APPROVER",
                "departments", "*"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("已保存用户 ad-change 的设置");
        LedgerUser after = users.find("ad-change").orElseThrow();
        assertThat(after.roles()).containsExactly(Role.APPROVER);
        assertThat(after.departments()).containsExactly(LedgerUser.ALL_DEPARTMENTS);
        assertThat(after.enabled()).as("the box was not ticked: disabled").isFalse();
        assertThat(new Browser(port).signIn("ad-change", "change-password-1").headers().firstValue("Location")
                .orElseThrow()).contains("disabled");

        HttpResponse<String> self = post("/admin/users/ad-admin", Map.of("roles", "ADMIN"));
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("不能停用自己或撤销自己的管理员角色");
        assertThat(users.find("ad-admin").orElseThrow().enabled()).isTrue();
        assertThat(admin.get("/admin/users/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void aDepartmentIsRegisteredThroughTheCommandAndATakenIdIsRefusedBesideIt() throws Exception {
        HttpResponse<String> registered = post("/admin/departments", Map.of("departmentId", "ad-new", "name", "新单位"));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("已登记预算单位 新单位（ad-new）").contains("<code>ad-new</code>");
        assertThat(new Api(port).get("/api/v1/departments/ad-new").expect(200).json().path("name").asText())
                .isEqualTo("新单位");
        HttpResponse<String> again = post("/admin/departments", Map.of("departmentId", "ad-new", "name", "又一个"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"departmentId-error\"").contains("预算单位已登记")
                .contains("value=\"又一个\"");
        HttpResponse<String> bad = post("/admin/departments", Map.of("departmentId", "Bad Id", "name", "x"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"departmentId-error\"").contains("预算单位编号须为小写字母");
    }

    @Test
    void onlyAdministratorsReachTheseAndEveryFormNeedsItsCsrfToken() throws Exception {
        Browser auditor = new Browser(port);
        assertThat(auditor.signIn("ad-auditor", "auditor-password-1").statusCode()).isEqualTo(302);
        for (String path : List.of("/admin/users", "/admin/departments", "/admin/users/ad-admin")) {
            HttpResponse<String> r = auditor.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).contains("无权执行此操作");
        }
        assertThat(auditor.form("/admin/departments", Map.of("departmentId", "ad-x", "name", "x"), true).statusCode())
                .isEqualTo(403);
        assertThat(admin.get("/").body()).contains("href=\"/admin/users\"").doesNotContain("href=\"/audit/verify\"");
        assertThat(admin.get("/admin/departments").body()).contains("测试单位ad");
        HttpResponse<String> noCsrf = admin.form("/admin/users", Map.of("username", "ad-csrf", "roles", "AUDITOR"), false);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(users.find("ad-csrf")).isEmpty();
    }
}
