package budgetledger.bench.reliability;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.core.type.TypeReference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What someone with write access to the database does to a department-year's stream, in plain SQL: edit a payload,
 * delete an event, insert one, cut the tail — and, to hide it from the hash chain, recompute every hash from the
 * change on (the hash covers the predecessor's hash, the payload type, the canonical payload and the audit metadata,
 * not the sequence number, so a renumbered stream chains cleanly). Only a seal, signed by a key the database does not
 * hold, can tell.
 */
final class Tampering {
    private final Store store;

    Tampering(Store store) {
        this.store = store;
    }

    /** Replaces {@code was} by {@code now} in the payload of event {@code seq}; optionally recomputes the chain. */
    void editPayload(String stream, long seq, String was, String now, boolean rehash) throws SQLException {
        update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8') "
                + "WHERE aggregateidentifier = ? AND sequencenumber = ?", was, now, stream, seq);
        if (rehash) {
            rehashFrom(stream, seq);
        }
    }

    /** Deletes event {@code seq}, closes the gap in the numbering and recomputes the chain from there. */
    void deleteEvent(String stream, long seq) throws SQLException {
        update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", stream, seq);
        renumber(stream, seq, -1);
        rehashFrom(stream, seq);
    }

    /** Inserts a copy of event {@code seq - 1} with another id and amount at {@code seq}, shifting the rest, rehashed. */
    void insertEvent(String stream, long seq, String was, String now) throws SQLException {
        renumber(stream, seq, +1);
        update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                + "payloadrevision, payloadtype, \"timestamp\") SELECT aggregateidentifier, ?, type, ?, metadata, "
                + "convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'), payloadrevision, payloadtype, \"timestamp\" "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                seq, UUID.randomUUID().toString(), was, now, stream, seq - 1);
        rehashFrom(stream, seq);
    }

    /** Deletes every event from {@code seq} on: the stream ends earlier, its chain still intact. */
    void truncate(String stream, long seq) throws SQLException {
        update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber >= ?", stream, seq);
    }

    private void renumber(String stream, long from, int by) throws SQLException {
        // through negative numbers: the (stream, sequence) key is checked row by row
        update("UPDATE domainevententry SET sequencenumber = -(sequencenumber + ?) WHERE aggregateidentifier = ? "
                + "AND sequencenumber >= ?", by, stream, from + (by < 0 ? 1 : 0));
        update("UPDATE domainevententry SET sequencenumber = -sequencenumber WHERE aggregateidentifier = ? "
                + "AND sequencenumber < 0", stream);
    }

    /** Recomputes the hash of every event from {@code from} to the stream's end, as the ledger would have. */
    void rehashFrom(String stream, long from) throws SQLException {
        try (Connection c = store.connect()) {
            String prev = from == 0 ? null : hashOf(c, stream, from - 1);
            try (PreparedStatement s = c.prepareStatement("SELECT sequencenumber, payloadtype, convert_from(payload, 'UTF8'), "
                    + "convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? "
                    + "AND sequencenumber >= ? ORDER BY sequencenumber")) {
                s.setString(1, stream);
                s.setLong(2, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, Object> meta = new TreeMap<>(LedgerJson.mapper().readValue(r.getString(4),
                                new TypeReference<Map<String, Object>>() {
                                }));
                        if (prev != null) {
                            meta.put(AuditKeys.PREV_HASH, prev);
                        }
                        String hash = HashChain.link(String.valueOf(meta.get(AuditKeys.HASH_ALG)),
                                String.valueOf(meta.get(AuditKeys.PREV_HASH)), r.getString(2),
                                LedgerJson.canonicalOfJson(r.getString(3)), meta);
                        meta.put(AuditKeys.HASH, hash);
                        try (PreparedStatement u = c.prepareStatement("UPDATE domainevententry SET metadata = convert_to(?, 'UTF8') "
                                + "WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
                            u.setString(1, LedgerJson.mapper().writeValueAsString(meta));
                            u.setString(2, stream);
                            u.setLong(3, r.getLong(1));
                            u.executeUpdate();
                        }
                        prev = hash;
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("metadata is no JSON", e);
            }
        }
    }

    private static String hashOf(Connection c, String stream, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'hash' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
            s.setString(1, stream);
            s.setLong(2, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
