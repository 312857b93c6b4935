/** The refusal vocabulary shared by every feature: {@link budgetledger.core.common.ErrorCode} and its exception. */
package budgetledger.core.common;
