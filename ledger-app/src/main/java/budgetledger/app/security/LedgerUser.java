package budgetledger.app.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the authorization rules see them: roles and the departments they belong to ({@link #ALL_DEPARTMENTS}
 * is every department). Never carries a password or token.
 */
public record LedgerUser(String username, String displayName, Set<Role> roles, Set<String> departments,
                         boolean enabled, Instant createdAt, String createdBy) {
    public static final String ALL_DEPARTMENTS = "*";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String departmentId) {
        return departmentId != null && (departments.contains(ALL_DEPARTMENTS) || departments.contains(departmentId));
    }
}
