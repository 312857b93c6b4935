package budgetledger.app.audit;

import budgetledger.app.figures.ViewStore;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/** The auditor's operations on the store itself: verify every hash chain; export streams as JSON Lines. */
@Service
public class AuditService {
    private final EventRows rows;
    private final ViewStore views;
    private final RegistryChain registry;

    public AuditService(EventRows rows, ViewStore views, RegistryChain registry) {
        this.rows = rows;
        this.views = views;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public ChainVerifier.Report verify(String departmentId, Integer year) {
        return verify(departmentId, year, done -> {
        });
    }

    /**
     * Verifies while the rows stream in: batches of rows are digested (metadata parsed, hash recomputed) on every
     * core, and linked into their chains in stored order on this thread; {@code progress} hears the rows checked.
     */
    @Transactional(readOnly = true)
    public ChainVerifier.Report verify(String departmentId, Integer year, LongConsumer progress) {
        ChainVerifier verifier = new ChainVerifier();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verify-digest");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<List<Digested>>> pending = new ArrayDeque<>();
            List<StoredRow>[] batch = new List[]{new ArrayList<>(BATCH)};
            long[] checked = {0};
            rows.forEachLedgerRow(departmentId, year, row -> {
                batch[0].add(row);
                if (batch[0].size() == BATCH) {
                    pending.add(pool.submit(digestAll(batch[0])));
                    batch[0] = new ArrayList<>(BATCH);
                    while (pending.size() > 2 * threads) {
                        link(pending.poll(), verifier, checked, progress);
                    }
                }
            });
            pending.add(pool.submit(digestAll(batch[0])));
            while (!pending.isEmpty()) {
                link(pending.poll(), verifier, checked, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        var known = views.lastSequences();
        if (departmentId != null) {
            known.keySet().removeIf(id -> !id.startsWith(departmentId + "/")
                    || (year != null && !id.equals(departmentId + "/" + year)));
        }
        ChainVerifier.Report report = verifier.report(known);
        if (departmentId != null) {
            return report;
        }
        // the whole store: the department registry's chain too, its break named among the others
        RegistryChain.Report registrations = registry.verify();
        return report.with(registrations.ok() ? List.of() : List.of(registrations.broken()));
    }

    private static final int BATCH = 1_000;

    /** The events {@link #verify} would check: the total of its progress. */
    @Transactional(readOnly = true)
    public long countEvents(String departmentId, Integer year) {
        return rows.countLedgerRows(departmentId, year);
    }

    private record Digested(StoredRow row, ChainVerifier.Digest digest) {
    }

    private static Callable<List<Digested>> digestAll(List<StoredRow> batch) {
        return () -> batch.stream().map(r -> new Digested(r, ChainVerifier.digest(r))).toList();
    }

    private static void link(Future<List<Digested>> done, ChainVerifier verifier, long[] checked, LongConsumer progress) {
        try {
            for (Digested d : done.get()) {
                verifier.accept(d.row(), d.digest());
            }
            checked[0] += done.get().size();
            progress.accept(checked[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("verification failed", e.getCause());
        }
    }

    /** Writes the department registrations and the department-year streams (with their hash links); returns the count. */
    @Transactional(readOnly = true)
    public long export(String departmentId, Integer year, Writer out) {
        long[] count = {0};
        rows.forEachDepartmentRow(departmentId, row -> write(row, out, count));
        rows.forEachLedgerRow(departmentId, year, row -> write(row, out, count));
        return count[0];
    }

    private static void write(StoredRow row, Writer out, long[] count) {
        try {
            out.write(LedgerJson.mapper().writeValueAsString(toJson(row)));
            out.write('\n');
            count[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(StoredRow row) throws IOException {
        ObjectNode node = LedgerJson.mapper().createObjectNode();
        node.put("ledgerId", row.ledgerId());
        node.put("aggregateType", row.aggregateType());
        node.put("sequence", row.sequence());
        node.put("globalIndex", row.globalIndex());
        node.put("eventId", row.eventId());
        node.put("payloadType", row.payloadType());
        node.put("payloadRevision", row.payloadRevision());
        node.put("timestamp", row.timestamp());
        node.set("metadata", row.metadataJson() == null ? null : LedgerJson.mapper().readTree(row.metadataJson()));
        node.set("payload", LedgerJson.mapper().readTree(row.payloadJson()));
        return node;
    }

    /** The inverse of {@link #toJson}: an export line back to the row it was written from. */
    public static StoredRow fromJson(String line) throws IOException {
        JsonNode n = LedgerJson.mapper().readTree(line);
        JsonNode meta = n.get("metadata");
        return new StoredRow(n.path("ledgerId").asText(), n.path("aggregateType").asText(), n.path("sequence").asLong(),
                n.path("globalIndex").asLong(), n.path("eventId").asText(null), n.path("payloadType").asText(),
                n.path("payloadRevision").asText(null), LedgerJson.mapper().writeValueAsString(n.get("payload")),
                meta == null || meta.isNull() ? null : LedgerJson.mapper().writeValueAsString(meta),
                n.path("timestamp").asText(null));
    }
}
