package budgetledger.app.pages;

import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.SecurityLog;
import budgetledger.app.security.TokenService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The signed-in user's account: roles, departments and API tokens (create one — shown once — or revoke one). */
@Controller
public class AccountPage {
    private final CurrentActor actor;
    private final TokenService tokens;

    public AccountPage(CurrentActor actor, TokenService tokens) {
        this.actor = actor;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    public String account(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/account/tokens")
    public String createToken(@RequestParam(required = false) String name,
                              @RequestParam(required = false) Integer validityDays,
                              HttpServletRequest request, Model model) {
        LedgerUser me = actor.user();
        TokenService.Created created = tokens.create(me.username(), name, validityDays);
        SecurityLog.event("token_created", me.username(), request, Map.of("token_id", created.tokenId(), "name", created.name()));
        return page(model, created, null);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    public String revokeToken(@PathVariable String tokenId, HttpServletRequest request, Model model) {
        LedgerUser me = actor.user();
        tokens.revoke(me.username(), tokenId);
        SecurityLog.event("token_revoked", me.username(), request, Map.of("token_id", tokenId));
        return page(model, null, tokenId);
    }

    private String page(Model model, TokenService.Created created, String revoked) {
        LedgerUser me = actor.user();
        model.addAttribute("created", created);
        model.addAttribute("revoked", revoked);
        model.addAttribute("tokens", tokens.list(me.username()));
        model.addAttribute("passwordSession", actor.passwordSession());
        model.addAttribute("allDepartments", me.departments().contains(LedgerUser.ALL_DEPARTMENTS));
        return "account";
    }
}
