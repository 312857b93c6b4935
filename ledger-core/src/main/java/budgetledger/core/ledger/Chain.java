package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.CanonicalPayloads;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import org.axonframework.eventhandling.GenericEventMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A department-year stream's hash chain and its memory of idempotency keys: what the aggregate needs to seal the
 * next event (the previous hash, the last recorded time, the stream position) and to answer a repeated request.
 * Snapshotted with the aggregate.
 */
final class Chain {
    private String hashAlgorithm;
    private String lastHash;
    private Instant lastRecordedAt;
    private long lastSequence = -1;
    /** First outcomes by sender, then by idempotency key: a key is its sender's own. */
    private final Map<String, Map<String, FirstOutcome>> idempotency = new HashMap<>();

    /** An idempotency key's first request (hash of its body) and the outcome it got. */
    record FirstOutcome(String bodyHash, String id, long sequence) {
    }

    void start(String algorithm) {
        hashAlgorithm = HashChain.requireAlgorithm(algorithm);
        lastHash = HashChain.GENESIS;
    }

    String algorithm() {
        return hashAlgorithm;
    }

    /** On loading: the algorithm the stream was opened with (its first event says). */
    void opened(String algorithm) {
        hashAlgorithm = algorithm;
    }

    long lastSequence() {
        return lastSequence;
    }

    /** Follows the stream as events are applied (recorded now, or loaded from the store or a snapshot). */
    void track(Map<String, ?> meta, long sequence) {
        lastSequence = sequence;
        Object hash = meta.get(AuditKeys.HASH);
        if (hash != null) {
            lastHash = hash.toString();
        }
        Object recordedAt = meta.get(AuditKeys.RECORDED_AT);
        if (recordedAt != null) {
            lastRecordedAt = IsoTimes.instant(recordedAt.toString());
        }
        Object key = meta.get(AuditKeys.IDEMPOTENCY_KEY);
        if (key != null) {
            keysOf(meta.get(AuditKeys.RECORDED_BY)).putIfAbsent(key.toString(), new FirstOutcome(
                    String.valueOf(meta.get(AuditKeys.BODY_HASH)), String.valueOf(meta.get(AuditKeys.SUBJECT)), sequence));
        }
    }

    /**
     * A repeated idempotency key returns the first outcome; the same key with a different body is refused. A key is
     * the sender's own: another user's request under the same key is a request of its own.
     */
    Optional<Recorded> repeated(Object recordedBy, String key, String bodyHash) {
        FirstOutcome first = idempotency.getOrDefault(sender(recordedBy), Map.of()).get(key);
        if (first == null) {
            return Optional.empty();
        }
        if (!first.bodyHash().equals(bodyHash)) {
            throw new LedgerException(ErrorCode.IDEMPOTENCY_CONFLICT, key);
        }
        return Optional.of(new Recorded(first.id(), first.sequence(), true));
    }

    private Map<String, FirstOutcome> keysOf(Object recordedBy) {
        return idempotency.computeIfAbsent(sender(recordedBy), k -> new HashMap<>());
    }

    private static String sender(Object recordedBy) {
        return recordedBy == null ? "" : recordedBy.toString().trim();
    }

    static String bodyHash(Object command) {
        return HashChain.digest(HashChain.SHA_256,
                (command.getClass().getName() + LedgerJson.canonical(command)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The audit metadata of the next event, hash link included: the command's who/why/document/key, then what the
     * rules decided (who proposed, who approved, which proposal — replacing whatever the command said).
     */
    Map<String, String> seal(Fact fact, Map<String, ?> commandMeta, String bodyHash) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : AuditKeys.FROM_COMMAND) {
            Object v = commandMeta.get(key);
            if (v != null && !v.toString().isBlank()) {
                meta.put(key, v.toString());
            }
        }
        fact.decided().forEach((key, value) -> {
            if (value.isBlank()) {
                meta.remove(key);
            } else {
                meta.put(key, value);
            }
        });
        if (meta.containsKey(AuditKeys.IDEMPOTENCY_KEY)) {
            meta.put(AuditKeys.BODY_HASH, bodyHash);
        }
        meta.put(AuditKeys.SUBJECT, fact.subject());
        meta.put(AuditKeys.BUSINESS_DATE, fact.businessDate().toString());
        meta.put(AuditKeys.RECORDED_AT, recordedAt(commandMeta).toString());
        meta.put(AuditKeys.HASH_ALG, hashAlgorithm);
        meta.put(AuditKeys.PREV_HASH, lastHash);
        meta.put(AuditKeys.HASH, HashChain.link(hashAlgorithm, lastHash, fact.event().getClass().getName(),
                CanonicalPayloads.of(fact.event()), meta));
        return meta;
    }

    /** Recorded time is now, or — for an administrator's migration — the original time, never going backwards. */
    private Instant recordedAt(Map<String, ?> meta) {
        // milliseconds: the precision the event store keeps, so the signed time and the stored one are the same
        Instant now = GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Object migrated = meta.get(AuditKeys.MIGRATED_RECORDED_AT);
        if (migrated == null) {
            return lastRecordedAt != null && now.isBefore(lastRecordedAt) ? lastRecordedAt : now;
        }
        Instant t = IsoTimes.parse(migrated.toString(), "迁移记录时间");
        if (t.isAfter(now)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "迁移记录时间不能晚于当前时间: " + t);
        }
        if (lastRecordedAt != null && t.isBefore(lastRecordedAt)) {
            throw new LedgerException(ErrorCode.RECORDED_TIME_BACKWARDS, t + " 早于 " + lastRecordedAt);
        }
        return t;
    }
}
