package budgetledger.bench.reliability;

import budgetledger.bench.BenchDb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the event store holds, read with plain JDBC behind the ledger's back: the judge of "acknowledged but lost" and
 * "recorded twice" must not be the application under test.
 */
final class Store {
    final String jdbcUrl;

    Store(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, BenchDb.USER, BenchDb.PASSWORD);
    }

    /** Each recorded expenditure id with how many {@code ExpenditureRecorded} events carry it. */
    Map<String, Integer> expenditures() throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'expenditureId', count(*) "
                     + "FROM domainevententry WHERE payloadtype LIKE '%ExpenditureRecorded' GROUP BY 1")) {
            while (r.next()) {
                ids.put(r.getString(1), r.getInt(2));
            }
        }
        return ids;
    }

    /** The outcome every crash scenario checks: of the acknowledged writes, how many are missing, how many doubled. */
    record Tally(long acknowledged, long lost, long doubled, String firstLost) {
        boolean ok() {
            return lost == 0 && doubled == 0;
        }

        @Override
        public String toString() {
            return "acknowledged " + acknowledged + ", acknowledged-but-lost " + lost + ", recorded twice " + doubled
                    + (firstLost == null ? "" : " (first lost: " + firstLost + ")");
        }
    }

    Tally check(Set<String> acknowledged) throws SQLException {
        Map<String, Integer> stored = expenditures();
        long lost = 0;
        String first = null;
        for (String id : acknowledged) {
            if (!stored.containsKey(id)) {
                lost++;
                first = first == null ? id : first;
            }
        }
        long doubled = stored.values().stream().filter(n -> n > 1).count();
        return new Tally(acknowledged.size(), lost, doubled, first);
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Department-years whose live view has not folded its stream's last event yet. */
    long viewsBehind() throws SQLException {
        return count("SELECT count(*) FROM (SELECT aggregateidentifier, max(sequencenumber) AS head FROM domainevententry "
                + "WHERE aggregateidentifier LIKE '%/%' GROUP BY 1) s LEFT JOIN ledger_view v ON v.ledger_id = s.aggregateidentifier "
                + "WHERE v.last_sequence IS NULL OR v.last_sequence < s.head");
    }

    /** Waits until every live view has folded its stream; returns the seconds waited. */
    double awaitViews(int seconds) throws SQLException {
        long start = System.nanoTime();
        while (viewsBehind() > 0) {
            if (System.nanoTime() - start > seconds * 1_000_000_000L) {
                throw new IllegalStateException(viewsBehind() + " live views still behind after " + seconds + " s");
            }
            Load.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Segments of an event processor owned by {@code owner} (the instance's LEDGER_NODE_ID). */
    long segmentsOwnedBy(String processor, String owner) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(
                "SELECT count(*) FROM tokenentry WHERE processorname = ? AND owner = ?")) {
            s.setString(1, processor);
            s.setString(2, owner);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    long segments(String processor) throws SQLException {
        return count("SELECT count(*) FROM tokenentry WHERE processorname = '" + processor + "'");
    }
}
