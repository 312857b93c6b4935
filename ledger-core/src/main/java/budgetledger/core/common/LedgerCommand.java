package budgetledger.core.common;

/** A command addressed to one department-year ledger (every command but registering a department). */
public interface LedgerCommand {
    String departmentId();

    int year();

    String ledgerId();
}
