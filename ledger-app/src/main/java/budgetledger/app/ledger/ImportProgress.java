package budgetledger.app.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an import stopped, kept in the database (tables {@code import_run}, {@code import_line}) so that an interrupted
 * import — {@code kill -9}, a lost connection — run again on the same file continues where it stopped, at full speed:
 * the lines an earlier run applied or refused are recognised by their number, without being sent again.
 * <p>
 * A run is known by the SHA-256 of the lines it read, of all and of all but the last. A file continues an earlier run
 * when its first lines hash the same: the same file, or a longer one that begins with what the earlier run read (a
 * copy cut short, mid-line too: its cut last line is not taken as done). Any other change to those lines is another
 * file, imported from its first line. An applied line is marked in the transaction that stores its events, so a line
 * is marked exactly when it was applied; a refused line is marked after its refusal (if that mark is lost, the line
 * is simply tried again and refused again).
 */
@Component
public class ImportProgress {
    private final JdbcTemplate jdbc;

    public ImportProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file read once: its non-blank lines (the progress total), and the hashes that tell which runs it continues. */
    public record Scan(long commands, long lineCount, String sha256, String butLastSha256, Map<Long, String> prefixes) {
    }

    /** What earlier runs of this file did: lines applied, and lines refused (each with its refusal), by line number. */
    public record Resume(long runId, BitSet applied, Map<Long, Importer.Rejection> refused) {
        boolean done(long line) {
            return applied.get((int) line) || refused.containsKey(line);
        }
    }

    /** One pass over the file: counts its commands and hashes its lines, at every length an earlier run had. */
    public Scan scan(Path file) throws IOException {
        Set<Long> lengths = new HashSet<>();
        for (Long n : jdbc.queryForList("SELECT DISTINCT line_count FROM import_run", Long.class)) {
            lengths.add(n);
            lengths.add(n - 1);
        }
        MessageDigest digest = sha256();
        Map<Long, String> prefixes = new HashMap<>();
        MessageDigest beforeLast = sha256();
        long commands = 0;
        long lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text; (text = reader.readLine()) != null; ) {
                beforeLast = clone(digest);
                lineNo++;
                if (!text.isBlank()) {
                    commands++;
                }
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                if (lengths.contains(lineNo)) {
                    prefixes.put(lineNo, hex(clone(digest)));
                }
            }
        }
        return new Scan(commands, lineNo, hex(digest), hex(beforeLast), prefixes);
    }

    /** Records a new run of the scanned file and gathers what the earlier runs it continues have done. */
    public Resume start(Path file, String actor, Scan scan) {
        Set<Long> continued = new HashSet<>();
        jdbc.query("SELECT run_id, file_sha256, but_last_sha256, line_count FROM import_run", rs -> {
            long count = rs.getLong(4);
            if (rs.getString(2).equals(scan.prefixes().get(count))) {
                continued.add(rs.getLong(1));
            } else if (count > 1 && rs.getString(3).equals(scan.prefixes().get(count - 1))) {
                continued.add(-rs.getLong(1)); // all but its last line
            }
        });
        BitSet applied = new BitSet();
        Map<Long, Importer.Rejection> refused = new HashMap<>();
        for (long signed : continued) {
            long run = Math.abs(signed);
            Long limit = signed < 0 ? jdbc.queryForObject("SELECT line_count FROM import_run WHERE run_id = ?",
                    Long.class, run) : null;
            jdbc.query("SELECT lines, code, message FROM import_line WHERE run_id = ?", rs -> {
                Array array = rs.getArray(1);
                for (Object n : (Object[]) array.getArray()) {
                    long line = ((Number) n).longValue();
                    if (limit != null && line >= limit) {
                        continue;
                    }
                    if (rs.getString(2) == null) {
                        applied.set((int) line);
                    } else {
                        refused.put(line, new Importer.Rejection(line, rs.getString(2), rs.getString(3), true));
                    }
                }
            }, run);
        }
        Long runId = jdbc.queryForObject("INSERT INTO import_run (file_sha256, but_last_sha256, line_count, file_name, "
                        + "actor) VALUES (?, ?, ?, ?, ?) RETURNING run_id", Long.class, scan.sha256(), scan.butLastSha256(),
                scan.lineCount(), file.getFileName().toString(), actor);
        return new Resume(runId == null ? 0 : runId, applied, refused);
    }

    /** Marks lines applied; called inside the transaction that stores their events. */
    void applied(long runId, List<Long> lines) {
        jdbc.update("INSERT INTO import_line (run_id, lines) VALUES (?, ?)", ps -> {
            ps.setLong(1, runId);
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", lines.toArray()));
        });
    }

    /** Marks a line refused, with its refusal. */
    void refused(long runId, Importer.Rejection r) {
        jdbc.update("INSERT INTO import_line (run_id, lines, code, message) VALUES (?, ?, ?, ?)", ps -> {
            ps.setLong(1, runId);
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", new Object[]{r.line()}));
            ps.setString(3, r.code());
            // a refusal may quote the line, NUL included, which PostgreSQL text cannot hold (reliability suite)
            ps.setString(4, r.message() == null ? null : r.message().replace('\u0000', '\uFFFD'));
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest clone(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest());
    }
}
