package budgetledger.app.security;

import budgetledger.core.common.Checks;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Users, their roles and departments, in PostgreSQL ({@code ledger_user*}, Flyway V3). Passwords are hashed with the
 * {@link PasswordEncoder} (bcrypt); no user exists until an administrator creates one — the first one with
 * {@code user add --admin} or {@code LEDGER_ADMIN_USERNAME}/{@code LEDGER_ADMIN_PASSWORD}.
 */
@Service
public class UserService {
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt looks at 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_PAGE_SIZE = 500;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final TtlCache<String, LedgerUser> cache;

    public UserService(JdbcTemplate jdbc, PasswordEncoder encoder,
                       @Value("${ledger.security.cache-ttl:5s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.cache = new TtlCache<>(cacheTtl);
    }

    /** What an administrator sets; null fields of an update are left as they are. */
    public record Changes(String displayName, String password, Collection<String> roles, Collection<String> departments,
                          Boolean enabled) {
    }

    @Transactional
    public LedgerUser create(String username, Changes c, String createdBy) {
        String name = requireUsername(username);
        String hash = encoder.encode(requirePassword(c.password()));
        Set<Role> roles = roles(c.roles());
        if (roles.isEmpty()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "用户至少须有一个角色");
        }
        Set<String> departments = departments(c.departments());
        try {
            jdbc.update("INSERT INTO ledger_user (username, display_name, password_hash, enabled, created_by) VALUES (?, ?, ?, ?, ?)",
                    name, displayName(c.displayName()), hash, c.enabled() == null || c.enabled(), createdBy);
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("USER_EXISTS", "用户已存在", "用户名已被使用: " + name);
        }
        writeRoles(name, roles);
        writeDepartments(name, departments);
        cache.evict(name);
        return find(name).orElseThrow();
    }

    @Transactional
    public LedgerUser update(String username, Changes c) {
        LedgerUser before = find(username).orElseThrow(() -> unknown(username));
        if (c.displayName() != null) {
            jdbc.update("UPDATE ledger_user SET display_name = ?, updated_at = now() WHERE username = ?",
                    displayName(c.displayName()), before.username());
        }
        if (c.password() != null) {
            jdbc.update("UPDATE ledger_user SET password_hash = ?, updated_at = now() WHERE username = ?",
                    encoder.encode(requirePassword(c.password())), before.username());
        }
        if (c.enabled() != null) {
            jdbc.update("UPDATE ledger_user SET enabled = ?, updated_at = now() WHERE username = ?", c.enabled(),
                    before.username());
        }
        if (c.roles() != null) {
            Set<Role> roles = roles(c.roles());
            if (roles.isEmpty()) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "用户至少须有一个角色（停用用户请用 enabled: false）");
            }
            jdbc.update("DELETE FROM ledger_user_role WHERE username = ?", before.username());
            writeRoles(before.username(), roles);
        }
        if (c.departments() != null) {
            jdbc.update("DELETE FROM ledger_user_department WHERE username = ?", before.username());
            writeDepartments(before.username(), departments(c.departments()));
        }
        cache.evict(before.username());
        return find(before.username()).orElseThrow();
    }

    /**
     * An administrator's change of a user, from the API or the administration page: an administrator cannot disable
     * themself or give up their own ADMIN role (another administrator must), so the ledger never locks itself out.
     */
    @Transactional
    public LedgerUser updateBy(LedgerUser admin, String username, Changes c) {
        if (admin.username().equals(username) && (Boolean.FALSE.equals(c.enabled())
                || (c.roles() != null && c.roles().stream().noneMatch(r -> Role.parse(r) == Role.ADMIN)))) {
            throw ProblemException.forbidden("不能停用自己或撤销自己的管理员角色（请由另一位管理员操作）");
        }
        return update(username, c);
    }

    /** A first password an administrator hands over (shown once): 96 random bits, 16 characters. */
    public static String newPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What the security log records of a created or changed user (never a password). */
    public static Map<String, Object> logDetails(LedgerUser u) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("target", u.username());
        d.put("roles", u.roles());
        d.put("departments", u.departments());
        d.put("enabled", u.enabled());
        return d;
    }

    public Optional<LedgerUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        // roles and departments are read after the user's row is closed, never from inside its row mapper: a query
        // there would take a second connection while holding the first, and a burst of cold look-ups then held every
        // pooled connection waiting for another (the hot year's 503s, docs/reliability.md finding 5)
        List<LedgerUser> rows = jdbc.query("SELECT username, display_name, enabled, created_at, created_by FROM ledger_user "
                + "WHERE username = ?", (rs, i) -> new LedgerUser(rs.getString(1), rs.getString(2), Set.of(), Set.of(),
                rs.getBoolean(3), rs.getTimestamp(4).toInstant(), rs.getString(5)), username);
        return rows.stream().findFirst().map(u -> new LedgerUser(u.username(), u.displayName(), rolesOf(u.username()),
                departmentsOf(u.username()), u.enabled(), u.createdAt(), u.createdBy()));
    }

    /** The user as of now (cached for a few seconds), for the authorization of every request. */
    public Optional<LedgerUser> current(String username) {
        return username == null ? Optional.empty() : cache.get(username, this::find);
    }

    /** For form sign-in only: the stored hash and whether the account may sign in. */
    Optional<Map.Entry<String, Boolean>> credentials(String username) {
        return jdbc.query("SELECT password_hash, enabled FROM ledger_user WHERE username = ?",
                (rs, i) -> Map.entry(rs.getString(1), rs.getBoolean(2)), username).stream().findFirst();
    }

    public List<LedgerUser> list(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "page 须 ≥ 0，size 须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        List<String> names = jdbc.queryForList("SELECT username FROM ledger_user ORDER BY username LIMIT ? OFFSET ?",
                String.class, size, (long) page * size);
        List<LedgerUser> out = new ArrayList<>();
        for (String n : names) {
            find(n).ifPresent(out::add);
        }
        return out;
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM ledger_user", Long.class);
        return n == null ? 0 : n;
    }

    public boolean anyAdministrator() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM ledger_user_role r JOIN ledger_user u USING (username) "
                + "WHERE r.role = 'ADMIN' AND u.enabled", Long.class);
        return n != null && n > 0;
    }

    void evictAll() {
        cache.clear();
    }

    public static ProblemException unknown(String username) {
        return ProblemException.notFound("UNKNOWN_USER", "用户不存在", "没有这个用户: " + username);
    }

    static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST,
                    "用户名须为 1 到 64 个字母、数字、点、下划线或连字符: " + username);
        }
        return username.trim();
    }

    static String requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "密码最长 " + MAX_PASSWORD_BYTES + " 字节（UTF-8）");
        }
        if (password.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "密码不能全为空白");
        }
        return password;
    }

    private static String displayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        if (displayName.length() > 100) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "姓名过长（最多 100 字符）");
        }
        // a NUL reached PostgreSQL and answered 500 (reliability suite): the ledger's own text rule, as for payees
        return Checks.text(displayName, "姓名");
    }

    private static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.parse(n)));
        }
        return roles;
    }

    private static Set<String> departments(Collection<String> ids) {
        Set<String> out = new TreeSet<>();
        if (ids != null) {
            for (String id : ids) {
                String d = id == null ? null : id.trim();
                out.add(LedgerUser.ALL_DEPARTMENTS.equals(d) ? d : LedgerId.requireDepartmentId(d));
            }
        }
        return out;
    }

    private void writeRoles(String username, Set<Role> roles) {
        for (Role r : roles) {
            jdbc.update("INSERT INTO ledger_user_role (username, role) VALUES (?, ?)", username, r.name());
        }
    }

    private void writeDepartments(String username, Set<String> departments) {
        for (String d : departments) {
            jdbc.update("INSERT INTO ledger_user_department (username, department_id) VALUES (?, ?)", username, d);
        }
    }

    private Set<Role> rolesOf(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.queryForList("SELECT role FROM ledger_user_role WHERE username = ?", String.class, username)
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Set<String> departmentsOf(String username) {
        return new TreeSet<>(jdbc.queryForList("SELECT department_id FROM ledger_user_department WHERE username = ?",
                String.class, username));
    }

    /** For the account pages and API: what may be shown of a user. */
    public static Map<String, Object> view(LedgerUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("roles", u.roles().stream().map(Role::name).toList());
        m.put("departments", u.departments());
        m.put("enabled", u.enabled());
        m.put("createdAt", u.createdAt());
        m.put("createdBy", u.createdBy());
        return m;
    }

    static Timestamp ts(java.time.Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
