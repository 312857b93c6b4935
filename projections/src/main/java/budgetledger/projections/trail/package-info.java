/**
 * 审计追溯 (audit trail): for a figure, the events behind it — each with its business date, recorded time, who,
 * why, document and the amount it moved the figure by — whose amounts sum to the figure.
 */
package budgetledger.projections.trail;
