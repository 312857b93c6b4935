package budgetledger.app.seal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** The seals kept in the database (table ledger_seal): a convenience for verify; the export is the proof. */
@Component
public class SealStore {
    private static final String SELECT = "SELECT ledger_id, sequence, head_hash, registration_hash, registry_sequence, "
            + "registry_hash, sealed_at, reason, key_id, signature FROM ledger_seal ";
    private static final RowMapper<Seal> ROW = (rs, i) -> new Seal(rs.getString(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
            rs.getString(8), rs.getString(9), rs.getString(10));
    private final JdbcTemplate jdbc;

    public SealStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Kept once per stream, sequence and reason: a processor replaying its events seals nothing twice. */
    public void insert(Seal s) {
        jdbc.update("INSERT INTO ledger_seal (ledger_id, sequence, head_hash, registration_hash, registry_sequence, "
                        + "registry_hash, sealed_at, reason, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING", s.ledgerId(), s.sequence(), s.headHash(), s.registrationHash(),
                s.registrySequence(), s.registryHash(), Timestamp.from(s.sealedAt()), s.reason(), s.keyId(), s.signature());
    }

    public List<Seal> all() {
        return jdbc.query(SELECT + "ORDER BY ledger_id, sequence, reason", ROW);
    }

    public List<Seal> of(String ledgerId) {
        return jdbc.query(SELECT + "WHERE ledger_id = ? ORDER BY sequence, reason", ROW, ledgerId);
    }
}
