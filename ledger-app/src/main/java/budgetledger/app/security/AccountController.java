package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Accounts: who am I ({@code /api/v1/me}); my API tokens (list and revoke with any sign-in, create only when signed
 * in with a password); and, for administrators, the users with their roles and departments.
 */
@RestController
public class AccountController {
    private final UserService users;
    private final TokenService tokens;
    private final CurrentActor actor;

    public AccountController(UserService users, TokenService tokens, CurrentActor actor) {
        this.users = users;
        this.tokens = tokens;
        this.actor = actor;
    }

    @GetMapping("/api/v1/me")
    public Map<String, Object> me() {
        return UserService.view(actor.user());
    }

    @GetMapping("/api/v1/tokens")
    public List<TokenService.Listed> myTokens() {
        return tokens.list(actor.user().username());
    }

    /** {@code {"name": "报表脚本", "validityDays": 90}}: the token is in the answer, this once. */
    public record NewToken(String name, Integer validityDays) {
    }

    @PostMapping("/api/v1/tokens")
    public ResponseEntity<TokenService.Created> createToken(@RequestBody(required = false) NewToken body,
                                                            HttpServletRequest request) {
        if (!actor.passwordSession()) {
            throw ProblemException.forbidden("创建 API 令牌须以密码登录，不能用另一个令牌创建");
        }
        String me = actor.user().username();
        TokenService.Created created = tokens.create(me, body == null ? null : body.name(),
                body == null ? null : body.validityDays());
        SecurityLog.event("token_created", me, request, Map.of("token_id", created.tokenId(), "name", created.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @DeleteMapping("/api/v1/tokens/{tokenId}")
    public ResponseEntity<Void> revokeToken(@PathVariable String tokenId, HttpServletRequest request) {
        String me = actor.user().username();
        tokens.revoke(me, tokenId);
        SecurityLog.event("token_revoked", me, request, Map.of("token_id", tokenId));
        return ResponseEntity.noContent().build();
    }

    // ---- administrators ----

    /** {@code {"username", "displayName", "password", "roles": ["RECORDER"], "departments": ["yiyang-zzb"], "enabled"}}. */
    public record UserBody(String username, String displayName, String password, List<String> roles,
                           List<String> departments, Boolean enabled) {
        UserService.Changes changes() {
            return new UserService.Changes(displayName, password, roles, departments, enabled);
        }
    }

    @GetMapping("/api/v1/users")
    public List<Map<String, Object>> users(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size) {
        return users.list(page, size).stream().map(UserService::view).toList();
    }

    @GetMapping("/api/v1/users/{username}")
    public Map<String, Object> user(@PathVariable String username) {
        return UserService.view(users.find(username).orElseThrow(() -> UserService.unknown(username)));
    }

    @PostMapping("/api/v1/users")
    public ResponseEntity<Map<String, Object>> createUser(@RequestBody UserBody body, HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("请求体须为 JSON 对象");
        }
        String admin = actor.user().username();
        LedgerUser created = users.create(body.username(), body.changes(), admin);
        SecurityLog.event("user_created", admin, request, UserService.logDetails(created));
        return ResponseEntity.status(HttpStatus.CREATED).body(UserService.view(created));
    }

    @PutMapping("/api/v1/users/{username}")
    public Map<String, Object> updateUser(@PathVariable String username, @RequestBody UserBody body,
                                          HttpServletRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("请求体须为 JSON 对象");
        }
        LedgerUser admin = actor.user();
        LedgerUser updated = users.updateBy(admin, username, body.changes());
        Map<String, Object> details = UserService.logDetails(updated);
        details.put("password_changed", body.password() != null);
        SecurityLog.event("user_updated", admin.username(), request, details);
        return UserService.view(updated);
    }
}
