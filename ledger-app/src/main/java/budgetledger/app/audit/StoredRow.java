package budgetledger.app.audit;

/**
 * One event exactly as stored — raw JSON payload and metadata, the stored timestamp — the form the hash chain is
 * checked on, whether the rows come from the database or from an export file.
 */
public record StoredRow(String ledgerId, String aggregateType, long sequence, long globalIndex, String eventId,
                        String payloadType, String payloadRevision, String payloadJson, String metadataJson,
                        String timestamp) {
}
