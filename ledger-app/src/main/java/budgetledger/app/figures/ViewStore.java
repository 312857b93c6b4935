package budgetledger.app.figures;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.LedgerId;
import budgetledger.projections.fold.LedgerView;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The live home's storage: each department-year's fold state as JSONB in {@code ledger_view}. */
@Component
public class ViewStore {
    private final JdbcTemplate jdbc;

    public ViewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored view, unless it was folded by another version of the fold (then it must be rebuilt, not trusted). */
    public Optional<LedgerView> load(String ledgerId) {
        List<String> rows = jdbc.queryForList("SELECT state::text FROM ledger_view WHERE ledger_id = ?", String.class, ledgerId);
        return rows.stream().findFirst().map(ViewStore::read).filter(v -> v.foldVersion() == LedgerView.FOLD_VERSION);
    }

    /** Whether any stored view was written by a different fold version: the live views then need a rebuild. */
    public boolean hasStaleViews() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM ledger_view WHERE coalesce((state->>'foldVersion')::int, -1) <> ?",
                Integer.class, LedgerView.FOLD_VERSION);
        return n != null && n > 0;
    }

    public void saveAll(Map<String, LedgerView> views, long lastGlobalIndex) {
        jdbc.batchUpdate("INSERT INTO ledger_view (ledger_id, department_id, fiscal_year, state, last_sequence, last_global_index, updated_at) "
                        + "VALUES (?, ?, ?, ?::jsonb, ?, ?, now()) ON CONFLICT (ledger_id) DO UPDATE SET state = EXCLUDED.state, "
                        + "last_sequence = EXCLUDED.last_sequence, last_global_index = EXCLUDED.last_global_index, updated_at = now()",
                views.entrySet().stream().map(e -> new Object[]{e.getKey(), LedgerId.departmentOf(e.getKey()),
                        LedgerId.yearOf(e.getKey()), write(e.getValue()), e.getValue().lastSequence(), lastGlobalIndex}).toList());
    }

    /** Keeps these fold states as checkpoints (a state already kept at the same sequence stays as it is). */
    public void saveCheckpoints(java.util.List<LedgerView> views) {
        List<Object[]> rows = views.stream().filter(v -> v.lastRecordedAt() != null)
                .map(v -> new Object[]{v.ledgerId(), v.lastSequence(), java.sql.Timestamp.from(v.lastRecordedAt()), write(v)})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ledger_view_checkpoint (ledger_id, last_sequence, last_recorded_at, state) "
                    + "VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING", rows);
        }
    }

    /**
     * The latest checkpoint of a ledger all of whose events were recorded at or before {@code asOf} (its last
     * recorded time is the latest of them), unless folded by another fold version.
     */
    public Optional<LedgerView> checkpointAsOf(String ledgerId, java.time.Instant asOf) {
        List<String> rows = jdbc.queryForList("SELECT state::text FROM ledger_view_checkpoint WHERE ledger_id = ? "
                        + "AND last_recorded_at <= ? ORDER BY last_sequence DESC LIMIT 1", String.class, ledgerId,
                java.sql.Timestamp.from(asOf));
        return rows.stream().findFirst().map(ViewStore::read).filter(v -> v.foldVersion() == LedgerView.FOLD_VERSION);
    }

    /** The last sequence the live view has folded per ledger: the anchor {@code verify} checks truncation against. */
    public Map<String, Long> lastSequences() {
        Map<String, Long> out = new java.util.HashMap<>();
        jdbc.query("SELECT ledger_id, last_sequence FROM ledger_view", rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM ledger_view_checkpoint");
        jdbc.update("DELETE FROM ledger_view");
    }

    private static LedgerView read(String json) {
        try {
            return LedgerJson.mapper().readValue(json, LedgerView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ledger_view state", e);
        }
    }

    private static String write(LedgerView view) {
        try {
            return LedgerJson.mapper().writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize ledger view", e);
        }
    }
}
