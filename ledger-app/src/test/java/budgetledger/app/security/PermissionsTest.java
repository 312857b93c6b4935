package budgetledger.app.security;

import budgetledger.core.ledger.Commands;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The role table itself: every command has its row, budget facts need a department, readers record nothing. */
class PermissionsTest {
    static LedgerUser user(Set<Role> roles, String... departments) {
        return new LedgerUser("u", null, roles, Set.of(departments), true, Instant.EPOCH, "test");
    }

    @Test
    void everyCommandHasARowAndTheDirectAdjustmentsNoRole() {
        assertThat(Permissions.COMMANDS.keySet()).isEqualTo(Commands.all().keySet());
        assertThat(Permissions.rolesFor("AdjustBudget")).isEmpty();
        assertThat(Permissions.rolesFor("TransferBudget")).isEmpty();
    }

    @Test
    void readersAndAdministratorsRecordNoBudgetFact() {
        for (Role role : EnumSet.of(Role.REVIEWER, Role.AUDITOR, Role.ADMIN)) {
            LedgerUser u = user(EnumSet.of(role), LedgerUser.ALL_DEPARTMENTS);
            // registering a department and adding a catalogue code (增补科目) are the administrator's, and no budget fact
            Commands.all().keySet().stream().filter(c -> !c.equals("RegisterDepartment") && !c.equals("AddClassificationCode"))
                    .forEach(c -> assertThat(Permissions.mayIssue(u, c, "d1")).as(role + " " + c).isFalse());
        }
        assertThat(Permissions.mayIssue(user(EnumSet.of(Role.ADMIN), LedgerUser.ALL_DEPARTMENTS), "AddClassificationCode",
                "d1")).isTrue();
        assertThat(Permissions.mayIssue(user(EnumSet.of(Role.REVIEWER), LedgerUser.ALL_DEPARTMENTS),
                "AddClassificationCode", "d1")).isFalse();
    }

    @Test
    void aRecorderRecordsInTheirOwnDepartmentsOnly() {
        LedgerUser zhu = user(EnumSet.of(Role.RECORDER), "d1");
        assertThat(Permissions.mayIssue(zhu, "RecordExpenditure", "d1")).isTrue();
        assertThat(Permissions.mayIssue(zhu, "RecordExpenditure", "d2")).isFalse();
        assertThat(Permissions.mayIssue(zhu, "ApproveBudgetProposal", "d1")).isFalse();
        assertThat(Permissions.mayIssue(zhu, "CloseFiscalYear", "d1")).isFalse();
        assertThat(Permissions.mayRead(zhu, "d2")).isFalse();
        assertThat(Permissions.mayReadHistory(user(EnumSet.of(Role.REVIEWER)), "d1")).isFalse();
        assertThat(Permissions.mayReadHistory(user(EnumSet.of(Role.AUDITOR)), "d1")).isTrue();
    }
}
