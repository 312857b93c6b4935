package budgetledger.core.common;

/**
 * A refused command: a stable machine {@link ErrorCode} plus a message a finance officer understands.
 * Thrown before anything is applied, so a refusal never writes an event.
 */
public class LedgerException extends RuntimeException {
    private final ErrorCode code;

    public LedgerException(ErrorCode code, String detail) {
        super(detail == null || detail.isBlank() ? code.messageZh() : code.messageZh() + "：" + detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
