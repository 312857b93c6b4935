package budgetledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the machine does without the ledger, measured in the same run on the same database and at the ledger's own
 * parallelism: writes in {@link BaselineWrites}, reads in {@link BaselineReads}. What they share is here.
 */
final class Baselines {
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

    /**
     * Runs the tasks on a pool of {@code threads} threads (more tasks than threads queue, as the ledger's segments
     * queue for its workers); the sum of what they return. The first failure is rethrown.
     */
    static long onThreads(int threads, List<Callable<Long>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            long sum = 0;
            for (Future<Long> f : pool.invokeAll(tasks)) {
                try {
                    sum += f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }
}
