/**
 * The folds of a department-year ({@link budgetledger.projections.fold.LedgerView}), one small class per feature,
 * and their historical home ({@link budgetledger.projections.fold.Replay}). The state keeps facts, not figures:
 * amounts by line and by spending bucket, definitions and outcomes; every figure is computed from it when read,
 * so a new figure needs no new state and no rebuild.
 */
package budgetledger.projections.fold;
