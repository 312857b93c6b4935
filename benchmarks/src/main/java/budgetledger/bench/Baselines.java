package budgetledger.bench;

import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.core.type.TypeReference;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the machine does without the ledger, measured in the same run on the same database: plain JDBC writes of rows
 * shaped and sized like the stored events (into a table shaped like the event table, with its keys), and plain reads
 * of the event rows themselves.
 */
final class Baselines {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Baselines() {
    }

    /** A row as big as the stored events of this type (payload and metadata as stored: one real sample). */
    record Row(byte[] payload, byte[] metadata, String payloadType) {
    }

    static Row sampleRow(String db, String payloadTypeSuffix) throws SQLException {
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload, metadata, payloadtype FROM domainevententry "
                     + "WHERE payloadtype LIKE '%" + payloadTypeSuffix + "' ORDER BY globalindex DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no stored " + payloadTypeSuffix + " to size the baseline rows on");
            }
            return new Row(rs.getBytes(1), rs.getBytes(2), rs.getString(3));
        }
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_rows");
            s.execute("CREATE TABLE bench_rows (globalindex BIGSERIAL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL,"
                    + " sequencenumber BIGINT NOT NULL, type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL UNIQUE,"
                    + " metadata BYTEA, payload BYTEA NOT NULL, payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL,"
                    + " \"timestamp\" VARCHAR(255) NOT NULL, UNIQUE (aggregateidentifier, sequencenumber))");
            s.execute("CREATE INDEX ON bench_rows (type, aggregateidentifier)");
        }
    }

    private static final String INSERT = "INSERT INTO bench_rows (aggregateidentifier, sequencenumber, type, "
            + "eventidentifier, metadata, payload, payloadrevision, payloadtype, \"timestamp\") VALUES (?,?,?,?,?,?,?,?,?)";

    private static void bind(PreparedStatement ps, String aggregate, long seq, Row row) throws SQLException {
        ps.setString(1, aggregate);
        ps.setLong(2, seq);
        ps.setString(3, "DepartmentYearLedger");
        ps.setString(4, UUID.randomUUID().toString());
        ps.setBytes(5, row.metadata());
        ps.setBytes(6, row.payload());
        ps.setString(7, null);
        ps.setString(8, row.payloadType());
        ps.setString(9, Instant.now().toString());
    }

    /** Rows per second: {@code threads} writers, one row per statement and one commit per row, for a fixed time. */
    static double insertOnePerRow(String db, Row row, int threads, double warmupSeconds, double seconds) throws Exception {
        try (Connection c = BenchDb.connect(db)) {
            createTable(c);
        }
        AtomicLong counted = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String aggregate = "baseline/" + t;
            Thread w = new Thread(() -> {
                try (Connection c = BenchDb.connect(db); PreparedStatement ps = c.prepareStatement(INSERT)) {
                    c.setAutoCommit(true);
                    long seq = 0;
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        bind(ps, aggregate, seq++, row);
                        ps.executeUpdate();
                        if (System.nanoTime() >= measureFrom && now >= measureFrom) {
                            counted.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return counted.get() / seconds;
    }

    /** Rows per second: one writer, {@code batch} rows per executeBatch and per commit (rewritten to multi-row inserts). */
    static double insertBatched(String db, Row row, long rows, int batch) throws SQLException {
        try (Connection c = BenchDb.connect(db)) {
            createTable(c);
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (long i = 0; i < rows; i++) {
                    bind(ps, "baseline/" + (i / 5_000), i % 5_000, row);
                    ps.addBatch();
                    if ((i + 1) % batch == 0 || i + 1 == rows) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Rows per second reading every event row in store order, each payload deserialized into its event class and its
     * metadata into a map — what a replay reads, without the fold.
     */
    static double readAndDeserialize(String db) throws Exception {
        Map<String, Class<?>> types = new HashMap<>();
        try (Connection c = BenchDb.connect(db)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT globalindex, aggregateidentifier, sequencenumber, "
                    + "eventidentifier, payloadtype, payload, metadata, \"timestamp\" FROM domainevententry ORDER BY globalindex")) {
                ps.setFetchSize(1_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Class<?> type = types.computeIfAbsent(rs.getString(5), Baselines::load);
                        Object payload = LedgerJson.mapper().readValue(rs.getBytes(6), type);
                        Map<String, Object> meta = LedgerJson.mapper().readValue(rs.getBytes(7), MAP);
                        if (payload != null && meta != null) {
                            n++;
                        }
                    }
                }
            }
            c.commit();
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Rows per second reading the hash-chained event rows as verify reads them (by stream, in sequence), as text. */
    static double readRows(String db) throws SQLException {
        try (Connection c = BenchDb.connect(db)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long n = 0;
            long bytes = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT aggregateidentifier, type, sequencenumber, globalindex, "
                    + "eventidentifier, payloadtype, payloadrevision, payload, metadata, \"timestamp\" FROM domainevententry "
                    + "WHERE type = 'DepartmentYearLedger' ORDER BY aggregateidentifier, sequencenumber")) {
                ps.setFetchSize(1_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String payload = new String(rs.getBytes(8), StandardCharsets.UTF_8);
                        String meta = new String(rs.getBytes(9), StandardCharsets.UTF_8);
                        bytes += payload.length() + meta.length() + rs.getString(1).length() + rs.getString(10).length();
                        n++;
                    }
                }
            }
            c.commit();
            if (bytes < 0) {
                throw new IllegalStateException();
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
