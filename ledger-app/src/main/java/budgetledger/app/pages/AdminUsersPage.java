package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.CurrentActor;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 管理 · 用户: an administrator lists the users, creates one (a first password generated and shown once, or typed
 * twice), and changes one's name, roles, departments, password or whether it may sign in — all through
 * {@link UserService}, the same rules as the API and {@code user add}; a refusal is shown beside its field.
 */
@Controller
public class AdminUsersPage {
    static final String USERS = "/admin/users";
    private final UserService users;
    private final DepartmentDirectory directory;
    private final CurrentActor actor;

    public AdminUsersPage(UserService users, DepartmentDirectory directory, CurrentActor actor) {
        this.users = users;
        this.directory = directory;
        this.actor = actor;
    }

    /** The form as typed: single values, and the checked roles and chosen departments. */
    record Typed(Map<String, String> values, List<String> roles, List<String> departments) {
        static Typed of(MultiValueMap<String, String> form) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String f : List.of("username", "displayName", "password", "passwordAgain", "passwordChoice", "enabled")) {
                String v = form.getFirst(f);
                values.put(f, v == null ? "" : f.startsWith("password") && !f.equals("passwordChoice") ? v : v.trim());
            }
            List<String> departments = form.getOrDefault("departments", List.of()).stream()
                    .filter(d -> !d.isBlank()).toList();
            return new Typed(values, form.getOrDefault("roles", List.of()), departments);
        }
    }

    @GetMapping(USERS)
    public String list(Model model) {
        Map<String, String> defaults = new LinkedHashMap<>(Map.of("passwordChoice", "generate"));
        return listPage(model, new Typed(defaults, List.of(), List.of()), null);
    }

    @PostMapping(USERS)
    public String create(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        Typed typed = Typed.of(form);
        boolean generate = !"set".equals(typed.values().get("passwordChoice"));
        String password = generate ? UserService.newPassword() : typed.values().get("password");
        if (!generate && !password.equals(typed.values().get("passwordAgain"))) {
            response.setStatus(400);
            return listPage(model, typed, new FieldError("INVALID_REQUEST", "passwordAgain", "两次输入的密码不一致"));
        }
        LedgerUser admin = actor.user();
        FieldError error = refused(response, () -> {
            LedgerUser created = users.create(typed.values().get("username"), new UserService.Changes(
                    typed.values().get("displayName"), password, typed.roles(), typed.departments(), true),
                    admin.username());
            SecurityLog.event("user_created", admin.username(), request, UserService.logDetails(created));
            model.addAttribute("created", created);
            model.addAttribute("createdPassword", generate ? password : null);
        });
        return listPage(model, error == null ? new Typed(Map.of("passwordChoice", "generate"), List.of(), List.of())
                : typed, error);
    }

    @GetMapping(USERS + "/{username}")
    public String edit(@PathVariable String username, Model model) {
        LedgerUser u = users.find(username).orElseThrow(() -> UserService.unknown(username));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", u.displayName() == null ? "" : u.displayName());
        values.put("enabled", String.valueOf(u.enabled()));
        return editPage(model, u, new Typed(values, u.roles().stream().map(Role::name).toList(),
                List.copyOf(u.departments())), null);
    }

    @PostMapping(USERS + "/{username}")
    public String update(@PathVariable String username, @RequestParam MultiValueMap<String, String> form,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        LedgerUser before = users.find(username).orElseThrow(() -> UserService.unknown(username));
        Typed typed = Typed.of(form);
        String password = typed.values().get("password");
        if (!password.isEmpty() && !password.equals(typed.values().get("passwordAgain"))) {
            response.setStatus(400);
            return editPage(model, before, typed, new FieldError("INVALID_REQUEST", "passwordAgain", "两次输入的密码不一致"));
        }
        LedgerUser admin = actor.user();
        FieldError error = refused(response, () -> {
            LedgerUser after = users.updateBy(admin, username, new UserService.Changes(typed.values().get("displayName"),
                    password.isEmpty() ? null : password, typed.roles(), typed.departments(),
                    "true".equals(typed.values().get("enabled"))));
            Map<String, Object> details = UserService.logDetails(after);
            details.put("password_changed", !password.isEmpty());
            SecurityLog.event("user_updated", admin.username(), request, details);
            model.addAttribute("saved", "已保存用户 " + after.username() + " 的设置。");
        });
        if (error == null) {
            return edit(username, model);
        }
        return editPage(model, before, typed, error);
    }

    /** Runs an administrator's change; its refusal, if any, as a field error (status on the response). */
    private static FieldError refused(HttpServletResponse response, Runnable change) {
        try {
            change.run();
            return null;
        } catch (LedgerException e) {
            return UserRefusals.of(e, response);
        } catch (ProblemException e) {
            return UserRefusals.of(e, response);
        }
    }

    private String listPage(Model model, Typed typed, FieldError error) {
        model.addAttribute("users", users.list(0, UserService.MAX_PAGE_SIZE));
        model.addAttribute("total", users.count());
        return common(model, typed, error, "admin-users");
    }

    private String editPage(Model model, LedgerUser user, Typed typed, FieldError error) {
        model.addAttribute("user", user);
        return common(model, typed, error, "admin-user");
    }

    private String common(Model model, Typed typed, FieldError error, String view) {
        model.addAttribute("values", typed.values());
        model.addAttribute("checkedRoles", typed.roles());
        model.addAttribute("chosenDepartments", typed.departments());
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", directory.list());
        model.addAttribute("error", error);
        return view;
    }
}
