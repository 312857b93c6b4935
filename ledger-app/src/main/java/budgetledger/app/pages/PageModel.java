package budgetledger.app.pages;

import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.app.security.ProblemException;
import budgetledger.app.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.stream.Collectors;

/** What the layout's header shows on every page: the signed-in user, their roles in Chinese. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {
    private final CurrentActor actor;

    public PageModel(CurrentActor actor) {
        this.actor = actor;
    }

    /** The signed-in user; null on the pages one opens before there is one (first-run setup). */
    @ModelAttribute("me")
    public LedgerUser me() {
        try {
            return actor.user();
        } catch (ProblemException notSignedIn) {
            return null;
        }
    }

    /** Which of the menu's entries this user may use: the others are not shown. */
    public record Nav(boolean history, boolean verify, boolean admin) {
    }

    @ModelAttribute("nav")
    public Nav nav() {
        LedgerUser me = me();
        return me == null ? new Nav(false, false, false) : new Nav(Permissions.mayReadSomeHistory(me),
                Permissions.allows(me, Permissions.Access.AUDIT, null, null, true),
                Permissions.allows(me, Permissions.Access.ADMIN, null, null, true));
    }

    @ModelAttribute("myRoles")
    public String myRoles() {
        LedgerUser me = me();
        return me == null ? "" : me.roles().stream().sorted().map(Role::nameZh).collect(Collectors.joining("、"));
    }
}
