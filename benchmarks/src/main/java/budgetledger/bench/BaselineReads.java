package budgetledger.bench;

import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.core.type.TypeReference;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain JDBC reads of the stored event rows themselves, split into partitions read by a pool of threads: the same
 * rows the ledger reads, at the ledger's parallelism, without the ledger's work on them.
 */
final class BaselineReads {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final Map<String, Class<?>> TYPES = new ConcurrentHashMap<>();

    private BaselineReads() {
    }

    /**
     * Rows per second reading every event row, each payload deserialized into its event class and its metadata into a
     * map — what a replay reads, without the fold. The store is cut into {@code partitions} equal ranges of its global
     * index (as many as the live views' segments), each read in store order by one of {@code threads} threads (as many
     * as the live views' workers).
     */
    static double readAndDeserialize(String db, int partitions, int threads) throws Exception {
        long[] span = globalIndexSpan(db);
        long width = Math.max(1, (span[1] - span[0] + partitions) / partitions);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            long from = span[0] + p * width;
            long to = p == partitions - 1 ? span[1] : from + width - 1;
            tasks.add(() -> deserializeRange(db, from, to));
        }
        long start = System.nanoTime();
        long n = Baselines.onThreads(threads, tasks);
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static long[] globalIndexSpan(String db) throws SQLException {
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(min(globalindex), 0), coalesce(max(globalindex), 0) FROM domainevententry")) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long deserializeRange(String db, long from, long to) throws Exception {
        return eachRow(db, "SELECT globalindex, aggregateidentifier, sequencenumber, eventidentifier, payloadtype, payload, "
                + "metadata, \"timestamp\" FROM domainevententry WHERE globalindex BETWEEN ? AND ? ORDER BY globalindex",
                List.of(from, to), rs -> {
                    Class<?> type = TYPES.computeIfAbsent(rs.getString(5), BaselineReads::load);
                    Object payload = LedgerJson.mapper().readValue(rs.getBytes(6), type);
                    Map<String, Object> meta = LedgerJson.mapper().readValue(rs.getBytes(7), MAP);
                    return payload != null && meta != null;
                });
    }

    /** A row read and handled: true when it counts. */
    private interface RowHandler {
        boolean handle(ResultSet rs) throws Exception;
    }

    /** The rows counted by {@code handler}, read in one read-only transaction, 1,000 rows per fetch. */
    private static long eachRow(String db, String sql, List<Object> args, RowHandler handler) throws Exception {
        long n = 0;
        try (Connection c = BenchDb.connect(db)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                ps.setFetchSize(1_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n += handler.handle(rs) ? 1 : 0;
                    }
                }
            }
            c.commit();
        }
        return n;
    }

    /**
     * Rows per second reading the hash-chained event rows as verify reads them (by stream, in sequence): payload and
     * metadata decoded as text and the metadata parsed into a map, as verify's digest parses it — everything but the
     * hash. The streams are cut into {@code threads} ranges of about equal events, each read by a thread of its own
     * (verify digests on one thread per core).
     */
    static double readRows(String db, int threads) throws Exception {
        List<String[]> ranges = streamRanges(db, threads);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (String[] range : ranges) {
            tasks.add(() -> readStreams(db, range[0], range[1]));
        }
        long start = System.nanoTime();
        long n = Baselines.onThreads(threads, tasks);
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** {first, last} stream ids of {@code parts} consecutive ranges holding about equal numbers of events. */
    private static List<String[]> streamRanges(String db, int parts) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long total = 0;
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT aggregateidentifier, count(*) FROM domainevententry "
                     + "WHERE type = 'DepartmentYearLedger' GROUP BY aggregateidentifier ORDER BY aggregateidentifier")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                counts.add(rs.getLong(2));
                total += rs.getLong(2);
            }
        }
        List<String[]> ranges = new ArrayList<>();
        long seen = 0;
        String first = null;
        for (int i = 0; i < ids.size(); i++) {
            first = first == null ? ids.get(i) : first;
            seen += counts.get(i);
            if (seen * parts >= total * (ranges.size() + 1) || i == ids.size() - 1) {
                ranges.add(new String[]{first, ids.get(i)});
                first = null;
            }
        }
        return ranges;
    }

    private static long readStreams(String db, String first, String last) throws Exception {
        return eachRow(db, "SELECT aggregateidentifier, type, sequencenumber, globalindex, eventidentifier, payloadtype, "
                + "payloadrevision, payload, metadata, \"timestamp\" FROM domainevententry WHERE type = 'DepartmentYearLedger' "
                + "AND aggregateidentifier BETWEEN ? AND ? ORDER BY aggregateidentifier, sequencenumber",
                List.of(first, last), rs -> {
                    String payload = new String(rs.getBytes(8), StandardCharsets.UTF_8);
                    byte[] metadata = rs.getBytes(9);
                    Map<String, Object> meta = metadata == null ? Map.of() : LedgerJson.mapper().readValue(metadata, MAP);
                    return payload.length() + meta.size() + rs.getString(1).length() + rs.getString(10).length() >= 0;
                });
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
