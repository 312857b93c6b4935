package budgetledger.app.pages;

import budgetledger.app.security.FirstRunLink;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.ProblemException;
import budgetledger.app.security.Role;
import budgetledger.app.security.SecurityLog;
import budgetledger.app.security.UserService;
import budgetledger.core.common.LedgerException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First run: the page behind the one-time setup link the server logs when it has no administrator
 * ({@link FirstRunLink}). It creates the first administrator through {@link UserService}, with the same rules as
 * {@code user add --admin} (password of at least 10 characters); then the link is spent and the page refuses.
 */
@Controller
public class SetupPage {
    private final FirstRunLink link;
    private final UserService users;

    public SetupPage(FirstRunLink link, UserService users) {
        this.link = link;
        this.users = users;
    }

    @GetMapping("/setup")
    public String form(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        return page(token, Map.of(), null, response, model);
    }

    @PostMapping("/setup")
    public String create(@RequestParam Map<String, String> form, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        String token = form.get("token");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", form.getOrDefault("username", "").trim());
        values.put("displayName", form.getOrDefault("displayName", "").trim());
        if (!form.getOrDefault("password", "").equals(form.getOrDefault("passwordAgain", ""))) {
            response.setStatus(400);
            return page(token, values, new FieldError("INVALID_REQUEST", "passwordAgain", "两次输入的密码不一致"), response, model);
        }
        try {
            LedgerUser admin = link.use(token, () -> users.anyAdministrator() ? null : users.create(values.get("username"),
                    new UserService.Changes(values.get("displayName"), form.get("password"), List.of(Role.ADMIN.name()),
                            List.of(), true), "setup"));
            if (admin == null) {
                return page(null, values, null, response, model);
            }
            SecurityLog.event("user_created", "setup", request, Map.of("target", admin.username(), "roles", admin.roles()));
        } catch (LedgerException e) {
            return page(token, values, UserRefusals.of(e, response), response, model);
        } catch (ProblemException e) {
            return page(token, values, UserRefusals.of(e, response), response, model);
        }
        return "redirect:/login?setup";
    }

    private String page(String token, Map<String, String> values, FieldError error, HttpServletResponse response,
                        Model model) {
        boolean usable = link.valid(token) && !users.anyAdministrator();
        if (!usable && error == null) {
            response.setStatus(404);
        }
        model.addAttribute("usable", usable);
        model.addAttribute("token", token);
        model.addAttribute("values", values);
        model.addAttribute("error", error);
        return "setup";
    }
}
