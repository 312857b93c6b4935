package budgetledger.core.audit;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.Map;

/**
 * The audit facts of a command's (or a recorded event's) metadata that rules decide on: who signed it, who proposed
 * and approved it, why, under which document, whether it is an administrator's migration, which proposal it answers.
 * Blank values are absent ({@code null}), so a rule never mistakes "" for a name.
 */
public record CommandAudit(String recordedBy, String proposedBy, String approvedBy, String reason, String document,
                           String proposal, boolean migration) {

    public static CommandAudit of(Map<String, ?> meta) {
        return new CommandAudit(text(meta, AuditKeys.RECORDED_BY), text(meta, AuditKeys.PROPOSED_BY),
                text(meta, AuditKeys.APPROVED_BY), text(meta, AuditKeys.REASON), text(meta, AuditKeys.DOCUMENT),
                text(meta, AuditKeys.PROPOSAL), "true".equals(String.valueOf(meta.get(AuditKeys.MIGRATION))));
    }

    /** Who signs a proposal or a decision: the command's recordedBy (the authenticated user), required. */
    public String signer(String what) {
        if (recordedBy == null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "须署名（recordedBy）");
        }
        return recordedBy.trim();
    }

    /** Who proposed what an event records: the migrated proposer, else whoever recorded the proposal. */
    public String proposer() {
        return proposedBy != null ? proposedBy : recordedBy;
    }

    private static String text(Map<String, ?> meta, String key) {
        Object v = meta.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }
}
