package budgetledger.core.audit;

import java.util.List;

/**
 * The audit metadata every ledger event carries. A command's metadata supplies who/why/document/key
 * (and, for an administrator's migration, the original recorded time); the aggregate adds the business
 * date, the recorded time and the hash link. {@link #HASHED} are the keys the hash covers — Axon's own
 * correlation keys (traceId, correlationId) are not audit facts and are left out.
 */
public final class AuditKeys {
    public static final String RECORDED_BY = "recordedBy";
    public static final String REASON = "reason";
    public static final String DOCUMENT = "document";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String BODY_HASH = "bodyHash";
    public static final String PROPOSED_BY = "proposedBy";
    public static final String APPROVED_BY = "approvedBy";
    /** The proposal an approved adjustment or transfer (or a rejection) answers; set by the ledger, never by a caller. */
    public static final String PROPOSAL = "proposalId";
    /** The id of what the event is about (line, expenditure, indicator …), for the trail and for idempotent replies. */
    public static final String SUBJECT = "subject";
    public static final String BUSINESS_DATE = "businessDate";
    public static final String RECORDED_AT = "recordedAt";
    /** Command metadata only: the original recorded time of history migrated from another system. */
    public static final String MIGRATED_RECORDED_AT = "migratedRecordedAt";
    /**
     * Command metadata only ("true"): the command is an administrator's migration of history recorded elsewhere
     * (the import). Only then may an adjustment or transfer be recorded directly, as already approved.
     */
    public static final String MIGRATION = "migration";
    public static final String HASH_ALG = "hashAlg";
    public static final String PREV_HASH = "prevHash";
    public static final String HASH = "hash";

    /** Keys copied from the command's metadata onto the event. */
    public static final List<String> FROM_COMMAND =
            List.of(RECORDED_BY, REASON, DOCUMENT, IDEMPOTENCY_KEY, BODY_HASH, PROPOSED_BY, APPROVED_BY);

    /** Keys the hash covers (everything audit-relevant except the hash itself). */
    public static final List<String> HASHED = List.of(RECORDED_BY, REASON, DOCUMENT, IDEMPOTENCY_KEY, BODY_HASH,
            PROPOSED_BY, APPROVED_BY, PROPOSAL, SUBJECT, BUSINESS_DATE, RECORDED_AT, HASH_ALG, PREV_HASH);

    private AuditKeys() {
    }
}
