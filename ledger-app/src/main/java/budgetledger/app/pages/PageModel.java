package budgetledger.app.pages;

import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
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

    @ModelAttribute("myRoles")
    public String myRoles() {
        LedgerUser me = me();
        return me == null ? "" : me.roles().stream().sorted().map(Role::nameZh).collect(Collectors.joining("、"));
    }
}
