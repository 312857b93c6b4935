package budgetledger.app.pages;

import budgetledger.app.security.AdminBootstrap;
import budgetledger.app.security.Browser;
import budgetledger.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First run on an empty database: the server logs a one-time setup link, its page creates the first administrator
 * (with the CLI's password rules), and then the link is spent.
 */
@ExtendWith(OutputCaptureExtension.class)
class SetupPageTest extends PostgresIntegrationTest {
    private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)(/setup\\?token=[A-Za-z0-9_-]{43})");
    @LocalServerPort
    int port;
    @Autowired
    AdminBootstrap bootstrap;

    /** The start's check again (a restart prints a new link and the old one stops working), its link read from the log. */
    private String loggedLink(CapturedOutput output) {
        bootstrap.run(null);
        Matcher m = LINK.matcher(output.getAll());
        String last = null;
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo(String.valueOf(port));
            last = m.group(2);
        }
        return last;
    }

    @Test
    void theLoggedLinkCreatesTheFirstAdministratorOnce(CapturedOutput output) throws Exception {
        Browser browser = new Browser(port);
        assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
        assertThat(browser.get("/setup?token=guessed").body()).contains("设置链接无效或已使用");

        String link = loggedLink(output);
        assertThat(link).isNotNull();
        String token = link.substring(link.indexOf('=') + 1);
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("创建首位管理员").contains("<label for=\"password\">");

        HttpResponse<String> shortPassword = browser.form("/setup", Map.of("token", token, "username", "chief",
                "password", "short", "passwordAgain", "short"), true);
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("id=\"password-error\">请求内容不完整或格式错误：密码至少 10 个字符")
                .contains("value=\"chief\"");
        HttpResponse<String> mismatch = browser.form("/setup", Map.of("token", token, "username", "chief",
                "password", "long-enough-1", "passwordAgain", "long-enough-2"), true);
        assertThat(mismatch.body()).contains("id=\"passwordAgain-error\">两次输入的密码不一致");

        HttpResponse<String> created = browser.form("/setup", Map.of("token", token, "username", "chief",
                "displayName", "管理员", "password", "long-enough-1", "passwordAgain", "long-enough-1"), true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/login?setup");

        Browser admin = new Browser(port);
        assertThat(admin.signIn("chief", "long-enough-1").statusCode()).isEqualTo(302);
        assertThat(admin.json("GET", "/api/v1/me", null, false).body()).contains("ADMIN");

        HttpResponse<String> again = browser.form("/setup", Map.of("token", token, "username", "intruder",
                "password", "long-enough-1", "passwordAgain", "long-enough-1"), true);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("设置链接无效或已使用");
        assertThat(new Browser(port).signIn("intruder", "long-enough-1").headers().firstValue("Location").orElse(""))
                .endsWith("/login?error");
        assertThat(browser.get(link).statusCode()).isEqualTo(404);
        int before = output.getAll().length();
        bootstrap.run(null); // an administrator exists: no new link
        assertThat(output.getAll().substring(before)).doesNotContain("/setup?token=");
    }
}
