package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The pages: sign in, and a home page showing who is signed in, their roles and departments, and their API tokens
 * (create one — shown once — or revoke one). Every form carries the session's CSRF token.
 */
@Controller
public class PageController {
    private final CurrentActor actor;
    private final TokenService tokens;

    public PageController(CurrentActor actor, TokenService tokens) {
        this.actor = actor;
        this.tokens = tokens;
    }

    @GetMapping("/login")
    public ResponseEntity<String> login(HttpServletRequest request) {
        String message = "";
        if (request.getParameter("error") != null) {
            message = "<p class=\"msg\">用户名或密码不正确。</p>";
        } else if (request.getParameter("disabled") != null) {
            message = "<p class=\"msg\">该用户已停用，请联系管理员。</p>";
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

    @GetMapping("/")
    public ResponseEntity<String> home(HttpServletRequest request) {
        return html(SecurityResponses.page("预算执行账本", account(request, null)));
    }

    @PostMapping("/account/tokens")
    public ResponseEntity<String> createToken(@RequestParam(required = false) String name,
                                              @RequestParam(required = false) Integer validityDays,
                                              HttpServletRequest request) {
        LedgerUser me = actor.user();
        TokenService.Created created = tokens.create(me.username(), name, validityDays);
        SecurityLog.event("token_created", me.username(), request, Map.of("token_id", created.tokenId(), "name", created.name()));
        String shown = "<p class=\"ok\">已创建 API 令牌「" + htmlEscape(created.name()) + "」，有效期至 " + created.expiresAt()
                + "。请立即复制保存，它不会再次显示：</p><p><code>" + htmlEscape(created.token()) + "</code></p>";
        return html(SecurityResponses.page("预算执行账本", account(request, shown)));
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    public ResponseEntity<String> revokeToken(@PathVariable String tokenId, HttpServletRequest request) {
        LedgerUser me = actor.user();
        tokens.revoke(me.username(), tokenId);
        SecurityLog.event("token_revoked", me.username(), request, Map.of("token_id", tokenId));
        return html(SecurityResponses.page("预算执行账本", account(request,
                "<p class=\"ok\">已撤销令牌 " + htmlEscape(tokenId) + "。</p>")));
    }

    private String account(HttpServletRequest request, String notice) {
        LedgerUser me = actor.user();
        String ctx = request.getContextPath();
        StringBuilder b = new StringBuilder();
        b.append(notice == null ? "" : notice);
        b.append("<p>当前用户：<strong>").append(htmlEscape(me.username())).append("</strong>")
                .append(me.displayName() == null ? "" : "（" + htmlEscape(me.displayName()) + "）").append("</p>");
        b.append("<p>角色：").append(htmlEscape(me.roles().stream().map(r -> r.nameZh() + " " + r.name())
                .collect(Collectors.joining("、")))).append("</p>");
        b.append("<p>所属单位：").append(me.departments().isEmpty() ? "无"
                : htmlEscape(me.departments().stream().map(d -> d.equals(LedgerUser.ALL_DEPARTMENTS) ? "全部单位" : d)
                .collect(Collectors.joining("、")))).append("</p>");
        b.append("<p>接口：<a href=\"").append(ctx).append("/api/v1/departments\">/api/v1/departments</a> · ")
                .append("<a href=\"").append(ctx).append("/swagger-ui.html\">API 文档</a></p>");
        b.append("<h2>API 令牌</h2><table><tr><th>编号</th><th>名称</th><th>创建</th><th>到期</th><th>最近使用</th><th></th></tr>");
        for (TokenService.Listed t : tokens.list(me.username())) {
            b.append("<tr><td>").append(htmlEscape(t.tokenId())).append("</td><td>").append(htmlEscape(t.name()))
                    .append("</td><td>").append(t.createdAt()).append("</td><td>").append(t.expiresAt())
                    .append("</td><td>").append(t.lastUsedAt() == null ? "" : t.lastUsedAt()).append("</td><td>");
            if (t.revokedAt() != null) {
                b.append("已撤销");
            } else {
                b.append("<form method=\"post\" action=\"").append(ctx).append("/account/tokens/")
                        .append(htmlEscape(t.tokenId())).append("/revoke\">").append(csrf(request))
                        .append("<button type=\"submit\">撤销</button></form>");
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
        if (actor.passwordSession()) {
            b.append("<form method=\"post\" action=\"").append(ctx).append("/account/tokens\">")
                    .append("<p><label>新令牌名称 <input name=\"name\" maxlength=\"100\" placeholder=\"如：报表脚本\"></label> ")
                    .append("<label>有效天数 <input name=\"validityDays\" type=\"number\" min=\"1\" max=\"366\" value=\"90\"></label> ")
                    .append(csrf(request)).append("<button type=\"submit\">创建 API 令牌</button></p></form>");
            b.append("<form method=\"post\" action=\"").append(ctx).append("/logout\">").append(csrf(request))
                    .append("<button type=\"submit\">退出登录</button></form>");
        }
        return b.toString();
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
