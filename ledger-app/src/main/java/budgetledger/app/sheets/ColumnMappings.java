package budgetledger.app.sheets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping (header → field) a department's sheets of one kind need, remembered from the last time it was given: a
 * voucher sheet's 金额 and a budget table's are mapped apart, so one kind's mapping never hides another's column.
 */
@Repository
public class ColumnMappings {
    private final JdbcTemplate jdbc;

    public ColumnMappings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> of(String departmentId, SheetKind kind) {
        Map<String, String> mapping = new LinkedHashMap<>();
        jdbc.query("SELECT header, field FROM voucher_column_mapping WHERE department_id = ? AND sheet = ? ORDER BY header",
                rs -> {
                    mapping.put(rs.getString(1), rs.getString(2));
                }, departmentId, kind.path());
        return mapping;
    }

    /** Adds or replaces these headers' fields; headers not named keep theirs. */
    public void remember(String departmentId, SheetKind kind, Map<String, String> mapping, String by) {
        mapping.forEach((header, field) -> jdbc.update("""
                INSERT INTO voucher_column_mapping (department_id, sheet, header, field, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (department_id, sheet, header)
                DO UPDATE SET field = EXCLUDED.field, updated_by = EXCLUDED.updated_by, updated_at = now()""",
                departmentId, kind.path(), header.trim(), field == null ? "" : field.trim(), by));
    }
}
