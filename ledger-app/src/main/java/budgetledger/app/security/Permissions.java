package budgetledger.app.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static budgetledger.app.security.Role.ADMIN;
import static budgetledger.app.security.Role.APPROVER;
import static budgetledger.app.security.Role.AUDITOR;
import static budgetledger.app.security.Role.RECORDER;
import static budgetledger.app.security.Role.REVIEWER;

/**
 * The role table, written once: who may issue each command and who may read what, in which departments.
 * {@link AccessRules} maps every endpoint to one of these {@link Access} kinds; the README shows the same table.
 *
 * <pre>
 *                                   RECORDER 录入  APPROVER 审核  REVIEWER 财政  AUDITOR 审计  ADMIN 管理员
 * budget facts, expenditures,       own dept       –              –              –             –
 *   reversals, performance facts
 * propose adjustment / transfer     own dept       own dept       –              –             –
 * approve / reject a proposal       –              own dept (not  –              –             –
 *                                                  their own)
 * open / close year, submit,       –              own dept       –              –             –
 *   opening balances, prior figures
 * read figures, state, reports      own dept       own dept       every dept     every dept    –
 * a department's entry              own dept       own dept       every dept     every dept    all
 * event history, figure trails      own dept       own dept       –              every dept    –
 * hash-chain verification, seals    –              –              –              all           –
 *   export and check (GET)
 * seal now (POST audit/seals)       –              –              –              –             all
 * departments (register, page)      –              –              –              –             all
 * users, migration import           –              –              –              –             all
 * </pre>
 */
public final class Permissions {

    /** What an endpoint needs; {@link #allows} decides it for a user and (where there is one) a department. */
    public enum Access {
        /** Anyone, signed in or not (sign-in page, health, error page). */
        PUBLIC,
        /** Any signed-in user (their own account, their own tokens, the command catalogue). */
        SIGNED_IN,
        /** Signed in with a password in a browser session: creating an API token needs this, a token does not suffice. */
        PASSWORD_SESSION,
        /** ADMIN: users, departments. */
        ADMIN,
        /** A department's directory entry: ADMIN, REVIEWER, AUDITOR anywhere; RECORDER, APPROVER in their departments. */
        DIRECTORY,
        /** A department's figures, state, reports, submissions, proposals: REVIEWER, AUDITOR anywhere; RECORDER, APPROVER in their departments. */
        READ,
        /** A department's event history and figure trails: AUDITOR anywhere; RECORDER, APPROVER in their departments. */
        HISTORY,
        /** Verification across departments: AUDITOR. */
        AUDIT,
        /** A command: the roles of {@link #COMMANDS}, in the department the command is for. */
        COMMAND
    }

    /**
     * Who may issue each command, in their own departments, as the {@link CommandCatalogue} says. An empty set:
     * nobody over the API — the command is recorded only by an administrator's migration (import), as history
     * approved elsewhere.
     */
    public static final Map<String, Set<Role>> COMMANDS = Collections.unmodifiableMap(CommandCatalogue.all().stream()
            .collect(Collectors.toMap(CommandCatalogue.Entry::name, CommandCatalogue.Entry::roles, (a, b) -> a,
                    LinkedHashMap::new)));

    private Permissions() {
    }

    public static Set<Role> rolesFor(String command) {
        Set<Role> roles = COMMANDS.get(command);
        return roles == null ? Set.of() : roles;
    }

    /** May this user issue this command for this department? An unknown command: whoever may issue any command there. */
    public static boolean mayIssue(LedgerUser u, String command, String departmentId) {
        if (CommandCatalogue.named(command).filter(CommandCatalogue.Entry::global).isPresent()) {
            return rolesFor(command).stream().anyMatch(u::has);
        }
        if (!u.belongsTo(departmentId)) {
            return false;
        }
        if (command == null || !COMMANDS.containsKey(command)) {
            return u.has(RECORDER) || u.has(APPROVER);
        }
        return rolesFor(command).stream().anyMatch(u::has);
    }

    public static boolean mayRead(LedgerUser u, String departmentId) {
        return u.has(REVIEWER) || u.has(AUDITOR) || ((u.has(RECORDER) || u.has(APPROVER)) && u.belongsTo(departmentId));
    }

    public static boolean mayReadHistory(LedgerUser u, String departmentId) {
        return u.has(AUDITOR) || ((u.has(RECORDER) || u.has(APPROVER)) && u.belongsTo(departmentId));
    }

    /** Whether some department's history may be read by this user's roles (the pages' menu offers it then). */
    public static boolean mayReadSomeHistory(LedgerUser u) {
        return u.has(AUDITOR) || ((u.has(RECORDER) || u.has(APPROVER)) && !u.departments().isEmpty());
    }

    /** Whether the department appears in this user's list of departments. */
    public static boolean maySeeDepartment(LedgerUser u, String departmentId) {
        return u.has(ADMIN) || mayRead(u, departmentId);
    }

    /**
     * The decision for a signed-in, enabled user. {@code command} only for {@link Access#COMMAND};
     * {@code departmentId} where the endpoint has one.
     */
    public static boolean allows(LedgerUser u, Access access, String command, String departmentId, boolean passwordSession) {
        return switch (access) {
            case PUBLIC, SIGNED_IN -> true;
            case PASSWORD_SESSION -> passwordSession;
            case ADMIN -> u.has(ADMIN);
            case DIRECTORY -> maySeeDepartment(u, departmentId);
            case READ -> mayRead(u, departmentId);
            case HISTORY -> mayReadHistory(u, departmentId);
            case AUDIT -> u.has(AUDITOR);
            case COMMAND -> mayIssue(u, command, departmentId);
        };
    }
}
