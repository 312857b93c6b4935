package budgetledger.app.ledger;

import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.app.security.ProblemException;
import budgetledger.core.ledger.CommandLine;
import budgetledger.core.ledger.Recorded;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * A command sent by the signed-in user, from the API or from a page's form alike: checked against the same role table
 * and recorded through {@link LedgerCommandService}, so both answer with the same rules and the same refusals.
 */
@Component
public class CommandSender {
    private final LedgerCommandService service;
    private final CurrentActor actor;

    public CommandSender(LedgerCommandService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    /** {@code fields} is the command's JSON body, with {@code departmentId} (and {@code year}) set from the path. */
    public Recorded send(String command, ObjectNode fields, HttpServletRequest request) {
        return send(command, fields, actor.user(), actor.name(request));
    }

    /** The same for a user known without a request (the CLI's {@code import-vouchers}, signed in by its {@code --as}). */
    public Recorded send(String command, ObjectNode fields, LedgerUser user) {
        return send(command, fields, user, user.username());
    }

    private Recorded send(String command, ObjectNode fields, LedgerUser user, String name) {
        // the route table already allowed this; the command itself is checked again against the same role table
        String departmentId = fields.path("departmentId").asText(null);
        if (!Permissions.mayIssue(user, command, departmentId)) {
            throw ProblemException.forbidden("无权执行 " + command + "（需要角色 " + Permissions.rolesFor(command) + "）");
        }
        return service.execute(CommandLine.of(command, fields), name, false);
    }
}
