/**
 * Audit facts of every event — who recorded it, why, under which document, with which idempotency key,
 * its business date and recorded time — and the hash chain (SHA-256 or SM3) that makes a department-year
 * stream tamper-evident. {@link budgetledger.core.audit.LedgerJson} fixes the JSON the chain covers.
 */
package budgetledger.core.audit;
