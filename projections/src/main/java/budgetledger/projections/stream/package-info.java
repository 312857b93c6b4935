/**
 * The event stream as the folds read it: one stored event with its position, its two clocks (recorded time,
 * business date) and its payload, independent of Axon's message types so that both homes of a fold — the live
 * processor and the historical replay — feed it the same thing.
 */
package budgetledger.projections.stream;
