/**
 * What every feature shares: the refusal vocabulary ({@link budgetledger.core.common.ErrorCode} and its exception),
 * input checks, the ledger's identifiers, the command and event interfaces, and the {@link
 * budgetledger.core.common.Fact} a rule returns for the aggregate to record.
 */
package budgetledger.core.common;
