package budgetledger.app.audit;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.core.type.TypeReference;

import budgetledger.core.common.IsoTimes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recomputes the hash chain of department-year streams and names the first broken link of each. Rows must arrive
 * grouped by stream in stored order (by sequence). Detects an edited payload or metadata (hash differs), a deleted
 * or inserted row (sequence gap, or the next row's prevHash no longer matches), reordered rows, an edited stored
 * timestamp (differs from the hashed recorded time) and — given the live views' last sequences — a cut-off tail.
 */
public final class ChainVerifier {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** The first broken link of a stream; {@code eventType} the stored event's name (null where none was stored). */
    public record Break(String ledgerId, long sequence, String eventId, String eventType, String problem) {
    }

    /**
     * One stream after the check: the events read, its head as stored (last sequence, the hash it carries) and its
     * first break, null when the chain is whole.
     */
    public record Chain(String ledgerId, long events, long headSequence, String headHash, Break broken) {
        public boolean ok() {
            return broken == null;
        }
    }

    public record Report(int streams, long events, List<Break> breaks, List<Chain> chains) {
        public boolean ok() {
            return breaks.isEmpty();
        }

        /** This report with more breaks named: those of the department registry's chain, which is no stream here. */
        public Report with(List<Break> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<Break> all = new ArrayList<>(breaks);
            all.addAll(more);
            return new Report(streams, events, List.copyOf(all), chains);
        }
    }

    private final List<Break> breaks = new ArrayList<>();
    private final Map<String, Long> lastSeen = new LinkedHashMap<>();
    private final Map<String, Head> heads = new LinkedHashMap<>();

    /** What is kept per stream for its {@link Chain}: a count and the last row's hash. */
    private static final class Head {
        long events;
        String hash;
    }
    private long events;
    private Stream current;

    /**
     * The part of a row's check that needs no other row — its metadata parsed and its hash recomputed from its own
     * prevHash — so that it can run on several cores while {@link #accept(StoredRow, Digest)} links rows in order.
     */
    public record Digest(Map<String, Object> meta, String metaProblem, String recomputed, boolean payloadUnreadable) {
    }

    public static Digest digest(StoredRow row) {
        Map<String, Object> meta;
        try {
            meta = row.metadataJson() == null ? Map.of() : LedgerJson.mapper().readValue(row.metadataJson(), MAP);
        } catch (java.io.IOException e) {
            return new Digest(null, "元数据不是有效的 JSON", null, false);
        }
        String prev = Objects.toString(meta.get(AuditKeys.PREV_HASH), null);
        if (prev == null || meta.get(AuditKeys.HASH) == null) {
            return new Digest(meta, null, null, false);
        }
        String algorithm = Objects.toString(meta.get(AuditKeys.HASH_ALG), HashChain.SHA_256);
        // payloads are stored as the canonical text they were hashed over: a match on the bytes as stored proves them
        // untouched; anything else (a payload stored in another form, or altered) is canonicalized and hashed again
        String asStored = HashChain.link(algorithm, prev, row.payloadType(), row.payloadJson(), meta);
        if (asStored.equals(meta.get(AuditKeys.HASH))) {
            return new Digest(meta, null, asStored, false);
        }
        try {
            return new Digest(meta, null, HashChain.link(algorithm, prev, row.payloadType(),
                    LedgerJson.canonicalOfJson(row.payloadJson()), meta), false);
        } catch (IllegalArgumentException e) {
            return new Digest(meta, null, null, true);
        }
    }

    /** Feed rows one at a time (grouped by stream, in sequence order); nothing is held but the current link. */
    public void accept(StoredRow row) {
        accept(row, digest(row));
    }

    /** As {@link #accept(StoredRow)}, with the row's {@link #digest} already computed. */
    public void accept(StoredRow row, Digest digest) {
        events++;
        if (current == null || !current.ledgerId.equals(row.ledgerId())) {
            current = new Stream(row.ledgerId());
        }
        lastSeen.put(row.ledgerId(), row.sequence());
        Head head = heads.computeIfAbsent(row.ledgerId(), id -> new Head());
        head.events++;
        head.hash = digest.meta() == null ? null : Objects.toString(digest.meta().get(AuditKeys.HASH), null);
        if (current.broken) {
            return;
        }
        String problem = current.check(row, digest);
        if (problem != null) {
            current.broken = true;
            breaks.add(new Break(row.ledgerId(), row.sequence(), row.eventId(), simpleName(row.payloadType()), problem));
        }
    }

    /**
     * @param knownLastSequences per stream, the last sequence an independent record (the live views) has seen:
     *                           a store that ends earlier has lost its tail.
     */
    public Report report(Map<String, Long> knownLastSequences) {
        List<Break> all = new ArrayList<>(breaks);
        knownLastSequences.forEach((ledgerId, last) -> {
            long stored = lastSeen.getOrDefault(ledgerId, -1L);
            boolean alreadyBroken = all.stream().anyMatch(b -> b.ledgerId().equals(ledgerId));
            if (stored < last && !alreadyBroken) {
                all.add(new Break(ledgerId, stored + 1, null, null,
                        "事件缺失：账本视图已记到第 " + last + " 号事件，存储中只到第 " + stored + " 号（尾部事件被删除）"));
            }
        });
        List<Chain> chains = new ArrayList<>();
        heads.forEach((id, h) -> chains.add(new Chain(id, h.events, lastSeen.get(id), h.hash, firstBreak(all, id))));
        all.stream().filter(b -> !heads.containsKey(b.ledgerId()))
                .forEach(b -> chains.add(new Chain(b.ledgerId(), 0, -1, null, b)));
        return new Report(lastSeen.size(), events, all, chains);
    }

    private static Break firstBreak(List<Break> all, String ledgerId) {
        return all.stream().filter(b -> b.ledgerId().equals(ledgerId)).findFirst().orElse(null);
    }

    /** "budgetledger.core.expenditure.ExpenditureRecorded" → "ExpenditureRecorded", as the pages name events. */
    private static String simpleName(String payloadType) {
        return payloadType == null ? null : payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    /**
     * The store keeps its timestamp column at millisecond precision (Axon formats it so), while the signed recorded
     * time carries the clock's full precision: they agree when equal to the millisecond.
     */
    static boolean sameStoredInstant(String signedRecordedAt, String storedTimestamp) {
        return IsoTimes.instant(signedRecordedAt).truncatedTo(ChronoUnit.MILLIS)
                .equals(IsoTimes.instant(storedTimestamp).truncatedTo(ChronoUnit.MILLIS));
    }

    /** The running state of one stream's check. */
    private static final class Stream {
        final String ledgerId;
        long expectedSequence = 0;
        String lastHash = HashChain.GENESIS;
        Instant lastRecordedAt;
        boolean broken;

        Stream(String ledgerId) {
            this.ledgerId = ledgerId;
        }

        String check(StoredRow row, Digest digest) {
            if (row.sequence() != expectedSequence) {
                return "序号不连续：应为 " + expectedSequence + "，实为 " + row.sequence() + "（事件被删除、插入或调换）";
            }
            if (digest.metaProblem() != null) {
                return digest.metaProblem();
            }
            Map<String, Object> meta = digest.meta();
            String prev = Objects.toString(meta.get(AuditKeys.PREV_HASH), null);
            String hash = Objects.toString(meta.get(AuditKeys.HASH), null);
            if (hash == null || prev == null) {
                return "缺少哈希链接";
            }
            if (!prev.equals(lastHash)) {
                return "哈希链断开：prevHash 与上一事件的哈希不符（前序事件被删除、插入或调换）";
            }
            if (digest.payloadUnreadable()) {
                return "事件内容不是有效的 JSON";
            }
            if (!hash.equals(digest.recomputed())) {
                return "哈希不符：事件内容或元数据被改动";
            }
            String recordedAt = Objects.toString(meta.get(AuditKeys.RECORDED_AT), null);
            Instant at;
            try {
                if (recordedAt != null && row.timestamp() != null && !sameStoredInstant(recordedAt, row.timestamp())) {
                    return "记录时间被改动：存储时间 " + row.timestamp() + " 与已签名的记录时间 " + recordedAt + " 不符";
                }
                at = recordedAt == null ? null : IsoTimes.instant(recordedAt);
            } catch (java.time.format.DateTimeParseException e) {
                return "记录时间被改动：存储时间 " + row.timestamp() + " 或记录时间 " + recordedAt + " 不是有效的时间";
            }
            if (at != null && lastRecordedAt != null && at.isBefore(lastRecordedAt)) {
                return "记录时间倒退";
            }
            lastRecordedAt = at;
            lastHash = hash;
            expectedSequence++;
            return null;
        }
    }
}
