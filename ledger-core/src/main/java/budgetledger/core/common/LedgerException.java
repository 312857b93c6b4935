package budgetledger.core.common;

/**
 * A refused command: a stable machine {@link ErrorCode} plus a message a finance officer understands.
 * Thrown before anything is applied, so a refusal never writes an event.
 */
public class LedgerException extends RuntimeException {
    private final ErrorCode code;
    private long decidedAt = -1;

    public LedgerException(ErrorCode code, String detail) {
        super(detail == null || detail.isBlank() ? code.messageZh() : code.messageZh() + "：" + detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** Marks a refusal as decided on a stream's state up to {@code sequence} (its last event's sequence number). */
    public LedgerException decidedAt(long sequence) {
        this.decidedAt = sequence;
        return this;
    }

    /** The last sequence of the stream whose state refused, or -1 when no stream's state decided. */
    public long decidedAt() {
        return decidedAt;
    }
}
