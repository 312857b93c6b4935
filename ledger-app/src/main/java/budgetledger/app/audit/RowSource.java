package budgetledger.app.audit;

import java.util.function.Consumer;

/**
 * Where stored rows are read from for a check: the database ({@link EventRows}) or an export file
 * ({@link ExportArchive}) — so that the seals check the one exactly as they check the other.
 */
public interface RowSource {
    /** Department-year rows, grouped by stream, each stream in stored order; {@code departmentId}/{@code year} scope. */
    void forEachLedgerRow(String departmentId, Integer year, Consumer<StoredRow> sink);

    /** One department's registration events, in its stream's order. */
    void forEachDepartmentRow(String departmentId, Consumer<StoredRow> sink);

    /** Every department registration in the order the store received them: the registry chain's order. */
    void forEachRegistration(Consumer<StoredRow> sink);
}
