package budgetledger.app.sheets;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The units of work an import's rows run in: the commands sent while one is open run nested in it — each meets the
 * state the earlier ones left, their events are appended only when the unit commits, and a refused row's nested unit
 * is undone alone. Rolling back undoes them all; the cached aggregate, changed in memory, is then evicted.
 */
final class Units {
    private final TransactionManager transactions;
    private final Runnable evict;
    private final List<SheetRow> pending = new ArrayList<>();
    private UnitOfWork<?> unit;
    private long committed;
    private long total;

    Units(TransactionManager transactions, Runnable evict) {
        this.transactions = transactions;
        this.evict = evict;
    }

    void begin() {
        if (unit == null) {
            unit = DefaultUnitOfWork.startAndGet(null);
            unit.attachTransaction(transactions);
        }
    }

    /** A row the ledger accepted: pending in the open unit, or (sent outside one) already recorded. */
    void accepted(SheetRow row) {
        total++;
        if (unit == null) {
            committed++;
        } else {
            pending.add(row);
        }
    }

    /** Accepted rows in the open unit. */
    int size() {
        return pending.size();
    }

    /** Accepted rows so far, recorded or pending. */
    long total() {
        return total;
    }

    /**
     * Commits the open unit; if the commit fails (the department-year changed meanwhile), its rows go to {@code redo}
     * to be sent again one by one.
     * @return the rows recorded so far
     */
    long commit(Consumer<List<SheetRow>> redo) {
        if (unit == null) {
            return committed;
        }
        List<SheetRow> rows = List.copyOf(pending);
        UnitOfWork<?> closing = unit;
        unit = null;
        pending.clear();
        try {
            closing.commit();
            committed += rows.size();
        } catch (RuntimeException e) {
            evict.run();
            total -= rows.size();
            redo.accept(rows);
        }
        return committed;
    }

    void rollback() {
        if (unit != null) {
            UnitOfWork<?> open = unit;
            unit = null;
            total -= pending.size();
            pending.clear();
            open.rollback();
            evict.run();
        }
    }
}
