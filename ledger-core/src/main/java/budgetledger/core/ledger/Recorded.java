package budgetledger.core.ledger;

/**
 * What a command handler returns: the id of what was recorded, the stream position of the last event,
 * and whether this was a repeat of an earlier request with the same idempotency key (nothing new recorded).
 */
public record Recorded(String id, long sequence, boolean repeated) {
}
