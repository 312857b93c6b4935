package budgetledger.app.sheets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.Map;

/** The mapping (header → field) a department's voucher sheets need, remembered from the last time it was given. */
@Repository
public class ColumnMappings {
    private final JdbcTemplate jdbc;

    public ColumnMappings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> of(String departmentId) {
        Map<String, String> mapping = new LinkedHashMap<>();
        jdbc.query("SELECT header, field FROM voucher_column_mapping WHERE department_id = ? ORDER BY header",
                rs -> {
                    mapping.put(rs.getString(1), rs.getString(2));
                }, departmentId);
        return mapping;
    }

    /** Adds or replaces these headers' fields; headers not named keep theirs. */
    public void remember(String departmentId, Map<String, String> mapping, String by) {
        mapping.forEach((header, field) -> jdbc.update("""
                INSERT INTO voucher_column_mapping (department_id, header, field, updated_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (department_id, header)
                DO UPDATE SET field = EXCLUDED.field, updated_by = EXCLUDED.updated_by, updated_at = now()""",
                departmentId, header.trim(), field == null ? "" : field.trim(), by));
    }
}
