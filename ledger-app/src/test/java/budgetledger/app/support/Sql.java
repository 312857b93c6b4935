package budgetledger.app.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.fail;

/** Direct SQL on a test database: what is really stored, and tampering with it. */
public final class Sql {
    private Sql() {
    }

    public static long count(String url, String sql, Object... args) {
        try (Connection c = TestDatabase.connect(url); PreparedStatement s = prepare(c, sql, args);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static String string(String url, String sql, Object... args) {
        try (Connection c = TestDatabase.connect(url); PreparedStatement s = prepare(c, sql, args);
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Object v = rs.getObject(1);
            return v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v == null ? null : v.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String url, String sql, Object... args) {
        try (Connection c = TestDatabase.connect(url); PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Statements run in one transaction (for tampering that needs several steps). */
    public static void inTransaction(String url, String... statements) {
        try (Connection c = TestDatabase.connect(url)) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }

    /** All event rows in the store (both aggregates). */
    public static long events(String url) {
        return count(url, "SELECT count(*) FROM domainevententry");
    }

    /** The last stored sequence of one stream, -1 if none. */
    public static long head(String url, String ledgerId) {
        return count(url, "SELECT coalesce(max(sequencenumber), -1) FROM domainevententry WHERE aggregateidentifier = ?",
                ledgerId);
    }

    public static OptionalLong viewSequence(String url, String ledgerId) {
        try (Connection c = TestDatabase.connect(url);
             PreparedStatement s = prepare(c, "SELECT last_sequence FROM ledger_view WHERE ledger_id = ?", ledgerId);
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (≤ 20 s) until the live view of every given ledger has folded its stream's last stored event. */
    public static void awaitViews(String url, Collection<String> ledgerIds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            boolean caughtUp = ledgerIds.stream().allMatch(id -> {
                OptionalLong seen = viewSequence(url, id);
                return seen.isPresent() && seen.getAsLong() >= head(url, id);
            });
            if (caughtUp) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("live views did not catch up within 20 s: " + ledgerIds);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
