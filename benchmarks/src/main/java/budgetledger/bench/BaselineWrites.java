package budgetledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain JDBC writes of rows shaped and sized like the stored events, into a table shaped like the event table (with
 * its keys and index), each writer on a connection of its own and on streams of its own.
 */
final class BaselineWrites {
    private static final String INSERT = "INSERT INTO bench_rows (aggregateidentifier, sequencenumber, type, "
            + "eventidentifier, metadata, payload, payloadrevision, payloadtype, \"timestamp\") VALUES (?,?,?,?,?,?,?,?,?)";

    private BaselineWrites() {
    }

    private static void createTable(String db) throws SQLException {
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_rows");
            s.execute("CREATE TABLE bench_rows (globalindex BIGSERIAL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL,"
                    + " sequencenumber BIGINT NOT NULL, type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL UNIQUE,"
                    + " metadata BYTEA, payload BYTEA NOT NULL, payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL,"
                    + " \"timestamp\" VARCHAR(255) NOT NULL, UNIQUE (aggregateidentifier, sequencenumber))");
            s.execute("CREATE INDEX ON bench_rows (type, aggregateidentifier)");
        }
    }

    static void dropTable(String db) throws SQLException {
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_rows");
        }
    }

    private static void bind(PreparedStatement ps, String aggregate, long seq, Baselines.Row row) throws SQLException {
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
    static double insertOnePerRow(String db, Baselines.Row row, int threads, double warmupSeconds, double seconds)
            throws Exception {
        createTable(db);
        AtomicLong counted = new AtomicLong();
        long measureFrom = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Callable<Long>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String aggregate = "baseline/" + t;
            writers.add(() -> {
                try (Connection c = BenchDb.connect(db); PreparedStatement ps = c.prepareStatement(INSERT)) {
                    c.setAutoCommit(true);
                    long seq = 0;
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        bind(ps, aggregate, seq++, row);
                        ps.executeUpdate();
                        if (now >= measureFrom) {
                            counted.incrementAndGet();
                        }
                    }
                    return seq;
                }
            });
        }
        Baselines.onThreads(threads, writers);
        return counted.get() / seconds;
    }

    /**
     * Rows per second: {@code writers} parallel writers (as many as the import's lanes), each inserting its share of
     * {@code rows} on its own streams, {@code batch} rows per executeBatch and per commit (rewritten to multi-row
     * inserts, as the ledger's pool does).
     */
    static double insertBatched(String db, Baselines.Row row, long rows, int batch, int writers) throws Exception {
        createTable(db);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            long share = rows / writers + (w < rows % writers ? 1 : 0);
            tasks.add(() -> insertShare(db, row, writer, share, batch));
        }
        long start = System.nanoTime();
        long written = Baselines.onThreads(writers, tasks);
        return written / ((System.nanoTime() - start) / 1e9);
    }

    private static long insertShare(String db, Baselines.Row row, int writer, long rows, int batch) throws SQLException {
        try (Connection c = BenchDb.connect(db); PreparedStatement ps = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (long i = 0; i < rows; i++) {
                bind(ps, "baseline/" + writer + "/" + (i / 5_000), i % 5_000, row);
                ps.addBatch();
                if ((i + 1) % batch == 0 || i + 1 == rows) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            return rows;
        }
    }
}
