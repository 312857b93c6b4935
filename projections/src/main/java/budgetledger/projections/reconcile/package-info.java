/**
 * 核对 (reconciliation): compares a hand-made report's figures with the ledger's, and checks the hand-made figures
 * against each other — a total that is not the sum of its parts, a rate that is not its quotient — so a typing or
 * rounding slip in a submitted report is named, not argued about.
 */
package budgetledger.projections.reconcile;
