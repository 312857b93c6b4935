package budgetledger.app.sheets;

import budgetledger.core.common.LedgerException;

import java.util.Map;

/** Reads the data rows of one sheet, in order, for one run (a reader may remember the rows it has read). */
interface RowReader {
    SheetRow read(long row, Map<SheetColumn, String> cells);

    /**
     * The ledger's refusal of a row as the import reports it — or null when the refusal means the row is recorded
     * already, just as it stands (counted as a duplicate, nothing recorded again).
     */
    Finding refused(SheetRow row, LedgerException e);
}
