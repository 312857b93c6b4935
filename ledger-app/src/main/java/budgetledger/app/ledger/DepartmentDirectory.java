package budgetledger.app.ledger;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which departments and department-years exist, read straight from the event store (the aggregates' first
 * events), so a check right after registering never lags behind an asynchronous projection. The store is append-only,
 * so what exists once exists for good: positive answers are remembered, sparing every command two queries; a negative
 * answer is always asked again. {@link #forget()} drops what a rolled-back transaction may have shown.
 */
@Component
public class DepartmentDirectory {
    private final JdbcTemplate jdbc;
    private final Map<String, String> knownNames = new ConcurrentHashMap<>();
    private final Set<String> knownLedgers = ConcurrentHashMap.newKeySet();

    public DepartmentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record DepartmentEntry(String departmentId, String name, List<Integer> years) {
    }

    public Optional<String> name(String departmentId) {
        String known = departmentId == null ? null : knownNames.get(departmentId);
        if (known != null) {
            return Optional.of(known);
        }
        List<byte[]> rows = jdbc.query("SELECT payload FROM domainevententry WHERE type = 'Department' "
                + "AND aggregateidentifier = ? AND sequencenumber = 0", (rs, i) -> rs.getBytes(1), departmentId);
        Optional<String> name = rows.stream().findFirst().map(DepartmentDirectory::nameOf);
        name.ifPresent(n -> knownNames.put(departmentId, n));
        return name;
    }

    public boolean yearExists(String departmentId, int year) {
        String ledgerId = LedgerId.of(departmentId, year);
        if (knownLedgers.contains(ledgerId)) {
            return true;
        }
        Integer n = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'DepartmentYearLedger' "
                + "AND aggregateidentifier = ? AND sequencenumber = 0", Integer.class, ledgerId);
        boolean exists = n != null && n > 0;
        if (exists) {
            knownLedgers.add(ledgerId);
        }
        return exists;
    }

    /**
     * The department's name, if the department is registered and this year of it is open; refused otherwise
     * (UNKNOWN_DEPARTMENT, YEAR_NOT_OPEN) — the one check every read and command of a department-year makes first.
     */
    public String requireYear(String departmentId, int year) {
        String name = requireDepartment(departmentId);
        if (!yearExists(departmentId, year)) {
            throw new LedgerException(ErrorCode.YEAR_NOT_OPEN, departmentId + " " + year);
        }
        return name;
    }

    /** The department's name; UNKNOWN_DEPARTMENT if it was never registered. */
    public String requireDepartment(String departmentId) {
        return name(departmentId).orElseThrow(() -> new LedgerException(ErrorCode.UNKNOWN_DEPARTMENT, departmentId));
    }

    /** Forget every remembered answer: after a rollback, what it showed may never have been. */
    public void forget() {
        knownNames.clear();
        knownLedgers.clear();
    }

    public List<Integer> years(String departmentId) {
        return jdbc.query("SELECT aggregateidentifier FROM domainevententry WHERE type = 'DepartmentYearLedger' "
                        + "AND sequencenumber = 0 AND aggregateidentifier LIKE ? ORDER BY aggregateidentifier",
                (rs, i) -> LedgerId.yearOf(rs.getString(1)), departmentId + "/%");
    }

    public List<String> allLedgers() {
        return jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry WHERE type = 'DepartmentYearLedger' "
                + "AND sequencenumber = 0 ORDER BY aggregateidentifier", String.class);
    }

    public List<DepartmentEntry> list() {
        return jdbc.query("SELECT aggregateidentifier, payload FROM domainevententry WHERE type = 'Department' "
                        + "AND sequencenumber = 0 ORDER BY aggregateidentifier",
                (rs, i) -> rs.getString(1) + "\u0000" + nameOf(rs.getBytes(2)))
                .stream().map(s -> s.split("\u0000", 2))
                .map(p -> new DepartmentEntry(p[0], p[1], years(p[0]))).toList();
    }

    private static String nameOf(byte[] payload) {
        try {
            return LedgerJson.mapper().readTree(new String(payload, StandardCharsets.UTF_8)).path("name").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable DepartmentRegistered payload", e);
        }
    }
}
