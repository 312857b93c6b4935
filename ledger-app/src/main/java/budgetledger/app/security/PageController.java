package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The sign-in page, plain HTML with no script: it is the one page shown before anyone is signed in. The other pages
 * are Thymeleaf templates (package {@code pages}). The form carries the session's CSRF token.
 */
@Controller
public class PageController {
    @GetMapping("/login")
    public ResponseEntity<String> login(HttpServletRequest request) {
        String message = "";
        if (request.getParameter("error") != null) {
            message = "<p class=\"msg\">用户名或密码不正确。</p>";
        } else if (request.getParameter("disabled") != null) {
            message = "<p class=\"msg\">该用户已停用，请联系管理员。</p>";
        } else if (request.getParameter("setup") != null) {
            message = "<p class=\"ok\">首位管理员已创建，请用刚才设置的用户名和密码登录。</p>";
        } else if (request.getParameter("logout") != null) {
            message = "<p class=\"ok\">已退出登录。</p>";
        }
        String body = message + "<form method=\"post\" action=\"" + request.getContextPath() + "/login\">"
                + "<p><label>用户名<br><input name=\"username\" autocomplete=\"username\" required autofocus></label></p>"
                + "<p><label>密码<br><input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>"
                + csrf(request) + "<p><button type=\"submit\">登录</button></p></form>"
                + "<p>连续登录失败多次后将被暂时锁定。API 客户端请使用 API 令牌（Authorization: Bearer）。</p>";
        return html(SecurityResponses.page("登录", body));
    }

    private static String csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : "<input type=\"hidden\" name=\"" + htmlEscape(token.getParameterName())
                + "\" value=\"" + htmlEscape(token.getToken()) + "\">";
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(page);
    }
}
