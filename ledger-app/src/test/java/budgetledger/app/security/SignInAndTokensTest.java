package budgetledger.app.security;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in: the form with its session and CSRF token; API tokens created after a password sign-in (never with a
 * token), stored only as their SHA-256, listed without themselves, revoked at once; failed sign-ins locked out per
 * username and per address; every sign-in and denial in the security log, without secrets.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInAndTokensTest extends PostgresIntegrationTest {
    static final String PASSWORD = "correct horse battery 电池";

    @LocalServerPort
    int port;

    private void user(String name, Role... roles) {
        TestUsers.at(port).create(name, PASSWORD, TestUsers.roles(roles), List.of("signin-dept"));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Api.JSON.readTree(r.body());
    }

    @Test
    @Order(1)
    void anonymousCallsAreRefusedAsProblems() {
        Api anonymous = Api.anonymous(port);
        Api.Response r = anonymous.get("/api/v1/departments");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(r.json().path("title").asText()).isEqualTo("未登录或身份凭据无效");
        Api.Response post = anonymous.post("/api/v1/departments", body("departmentId", "x", "name", "某单位"));
        assertThat(post.status()).isEqualTo(401);
        Api.Response garbage = new Api(port).withToken("lgr_not-a-token").get("/api/v1/me");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(garbage.json().path("detail").asText()).contains("令牌");
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void signInCreateUseAndRevokeAToken(CapturedOutput output) throws Exception {
        user("token-user", Role.RECORDER);
        Browser browser = new Browser(port);
        assertThat(browser.get("/").statusCode()).isEqualTo(302); // to the sign-in page

        HttpResponse<String> signedIn = browser.signIn("token-user", PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("token-user").contains("录入");

        // the session's API calls need the CSRF token
        HttpResponse<String> noCsrf = browser.json("POST", "/api/v1/tokens", "{\"name\":\"脚本\"}", false);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(json(noCsrf).path("code").asText()).isEqualTo("CSRF_INVALID");
        HttpResponse<String> created = browser.json("POST", "/api/v1/tokens", "{\"name\":\"脚本\",\"validityDays\":30}", true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = json(created).path("token").asText();
        String tokenId = json(created).path("tokenId").asText();
        assertThat(token).startsWith("lgr_").hasSizeGreaterThan(40);

        // hashed at rest: the SHA-256 of the token, never the token
        assertThat(Sql.string(dbUrl, "SELECT token_hash FROM api_token WHERE token_id = ?", tokenId))
                .isEqualTo(TokenService.hash(token)).doesNotContain(token.substring(4));
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM api_token WHERE token_hash LIKE ?", "%" + token.substring(4, 20) + "%")).isZero();
        assertThat(Sql.string(dbUrl, "SELECT password_hash FROM ledger_user WHERE username = 'token-user'"))
                .startsWith("{bcrypt}$2").doesNotContain(PASSWORD);

        Api api = new Api(port).withToken(token);
        assertThat(api.get("/api/v1/me").expect(200).json().path("username").asText()).isEqualTo("token-user");
        // a token cannot create another token
        Api.Response byToken = api.post("/api/v1/tokens", body("name", "再来一个"));
        assertThat(byToken.status()).isEqualTo(403);
        assertThat(byToken.code()).isEqualTo("FORBIDDEN");
        assertThat(byToken.json().path("detail").asText()).contains("用密码登录的浏览器会话");
        JsonNode listed = api.get("/api/v1/tokens").expect(200).json();
        assertThat(listed.get(0).path("tokenId").asText()).isEqualTo(tokenId);
        assertThat(listed.toString()).doesNotContain(token).doesNotContain(TokenService.hash(token));

        // another user's token is not found, not revoked
        String othersId = Sql.string(dbUrl, "SELECT token_id FROM api_token WHERE username <> 'token-user' LIMIT 1");
        assertThat(api.send(org.springframework.http.HttpMethod.DELETE, "/api/v1/tokens/" + othersId, null, null, null)
                .code()).isEqualTo("UNKNOWN_TOKEN");
        api.send(org.springframework.http.HttpMethod.DELETE, "/api/v1/tokens/" + tokenId, null, null, null).expect(204);
        Api.Response revoked = api.get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("UNAUTHENTICATED");

        // the page creates a token too, shown once
        browser.get("/");
        HttpResponse<String> page = browser.form("/account/tokens", Map.of("name", "页面令牌"), true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lgr_").contains("不会再次显示");
        assertThat(browser.form("/account/tokens", Map.of("name", "x"), false).statusCode()).isEqualTo(403);

        // signing out ends the session
        browser.get("/");
        assertThat(browser.form("/logout", Map.of(), true).headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);

        assertThat(output.getAll()).contains("event=sign_in outcome=success user=token-user")
                .contains("event=token_created user=token-user").contains("event=token_revoked user=token-user")
                .doesNotContain(token).doesNotContain(PASSWORD);
    }

    @Test
    @Order(3)
    void aDisabledUserCanNeitherSignInNorUseTokens() throws Exception {
        user("leaver", Role.RECORDER);
        String token = TestUsers.at(port).token("leaver");
        Api leaver = new Api(port).withToken(token);
        leaver.get("/api/v1/me").expect(200);

        new Api(port).send(org.springframework.http.HttpMethod.PUT, "/api/v1/users/leaver", Api.json(body("enabled", false)),
                org.springframework.http.MediaType.APPLICATION_JSON, null).expect(200);

        assertThat(leaver.get("/api/v1/me").status()).isEqualTo(401);
        HttpResponse<String> signIn = new Browser(port).signIn("leaver", PASSWORD);
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/login?disabled");
    }

    @Test
    @Order(4)
    void failedSignInsAreRateLimitedPerUsername(CapturedOutput output) throws Exception {
        user("rl-user", Role.APPROVER);
        user("rl-neighbour", Role.APPROVER);
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.signIn("rl-user", "wrong password " + i);
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        // locked: even the right password is refused now
        HttpResponse<String> locked = browser.signIn("rl-user", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("登录失败次数过多").contains("分钟");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        // another user from the same address is not held up by it
        assertThat(new Browser(port).signIn("rl-neighbour", PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/");

        assertThat(output.getAll()).contains("event=sign_in outcome=failure user=rl-user ip=127.0.0.1 reason=bad_credentials")
                .contains("event=sign_in outcome=rate_limited user=rl-user")
                .doesNotContain("wrong password").doesNotContain(PASSWORD);
    }

    @Test
    @Order(5)
    void deniedRequestsAreLogged(CapturedOutput output) {
        String token = TestUsers.at(port).user("log-reviewer", TestUsers.roles(Role.REVIEWER), List.of());
        Api reviewer = new Api(port).withToken(token);
        assertThat(reviewer.post("/api/v1/departments", body("departmentId", "nope", "name", "某单位")).code())
                .isEqualTo("FORBIDDEN");
        assertThat(output.getAll()).contains("event=access_denied status=403 user=log-reviewer ip=127.0.0.1 method=POST "
                + "path=/api/v1/departments rule=/api/v1/departments").doesNotContain(token);
    }

    @Test
    @Order(6)
    void failedSignInsAreRateLimitedPerAddress() throws Exception {
        user("ip-victim", Role.RECORDER);
        Browser browser = new Browser(port);
        for (int i = 0; i < 20; i++) {
            browser.signIn("nobody-" + i, "guess " + i);
        }
        // the address is locked out (20 failures in the window), whichever username it tries
        HttpResponse<String> locked = new Browser(port).signIn("ip-victim", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        // and bad tokens from it get 429 too — while a valid token still works
        assertThat(new Api(port).withToken("lgr_guess").get("/api/v1/me").status()).isEqualTo(429);
        new Api(port).get("/api/v1/me").expect(200);
    }
}
