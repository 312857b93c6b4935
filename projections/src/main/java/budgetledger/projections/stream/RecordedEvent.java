package budgetledger.projections.stream;

import budgetledger.core.common.IsoTimes;
import budgetledger.core.audit.AuditKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored event as the folds see it. recordedAt/businessDate come from the audit metadata
 * (AuditKeys.RECORDED_AT / BUSINESS_DATE).
 */
public record RecordedEvent(String ledgerId, long sequence, long globalIndex, Instant recordedAt,
                            LocalDate businessDate, Object payload, Map<String, String> metadata) {

    /** The recorded time (the auditor's clock): the field, else the metadata, else null (unknown). */
    public Instant recordedTime() {
        if (recordedAt != null) {
            return recordedAt;
        }
        String text = metadata == null ? null : metadata.get(AuditKeys.RECORDED_AT);
        return text == null ? null : IsoTimes.instant(text);
    }

    /** The business date (the budget year's clock): the field, else the metadata, else the payload's own date. */
    public LocalDate businessDay() {
        if (businessDate != null) {
            return businessDate;
        }
        String text = metadata == null ? null : metadata.get(AuditKeys.BUSINESS_DATE);
        return text != null ? LocalDate.parse(text) : PayloadDates.of(payload);
    }
}
