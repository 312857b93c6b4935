package budgetledger.app.seal;

/** A problem a seal check found, in Chinese; {@code sequence} null when it belongs to the stream as a whole. */
public record SealFinding(String ledgerId, Long sequence, String eventId, String problem) {
}
