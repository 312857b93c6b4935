package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CommandCatalogue;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The 记录 menu of a department-year: every recording form whose command the signed-in user may send there (the
 * role table), named as the command catalogue names the command, in catalogue order. A form the user may not use is
 * not offered.
 */
@Component("recordMenu")
public class RecordMenu {
    private final List<RecordingForm> forms;
    private final CurrentActor actor;

    public RecordMenu(List<RecordingForm> forms, CurrentActor actor) {
        this.forms = forms.stream().sorted(Comparator.comparing(RecordingForm::command)).toList();
        this.actor = actor;
    }

    public record Link(String title, String href) {
    }

    public List<Link> of(String departmentId, int year) {
        LedgerUser me = actor.user();
        return forms.stream()
                .filter(f -> Permissions.mayIssue(me, f.command().commandName(), departmentId))
                .map(f -> new Link(CommandCatalogue.named(f.command().commandName()).orElseThrow().titleZh(),
                        AccessRules.formPath(f.command()).replace("{departmentId}", departmentId).replace("{year}", String.valueOf(year))))
                .toList();
    }
}
