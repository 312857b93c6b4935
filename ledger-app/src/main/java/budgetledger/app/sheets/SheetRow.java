package budgetledger.app.sheets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One data row of a sheet, read: the command it becomes and that command's JSON body as the API takes it (with its
 * idempotency key under {@code audit}), or the refusal that stopped it. {@code subject} is what the row names for a
 * person reading the findings: a voucher number, a budget line, a document number.
 */
record SheetRow(long row, String subject, String command, ObjectNode body, Finding refusal) {

    static SheetRow refused(long row, String subject, String code, String message) {
        return new SheetRow(row, subject, null, null, new Finding(row, subject, code, message));
    }

    /** A row refused while it was read: by its reader ({@link Cells.Refusal}) or by a rule of the ledger's own. */
    static SheetRow refused(long row, String subject, RuntimeException e) {
        String code = e instanceof Cells.Refusal r ? r.code : ((budgetledger.core.common.LedgerException) e).code().name();
        return refused(row, subject, code, e.getMessage());
    }
}
