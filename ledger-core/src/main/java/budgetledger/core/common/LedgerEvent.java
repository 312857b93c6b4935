package budgetledger.core.common;

/** An event of a department-year ledger stream: every one names the department and fiscal year it belongs to. */
public interface LedgerEvent {
    String departmentId();

    int year();
}
