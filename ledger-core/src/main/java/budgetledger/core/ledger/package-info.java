/**
 * The department-year ledger aggregate (部门预算年度账): the consistency boundary of a department's fiscal year. It
 * dispatches each command to its feature's rules and records the {@link budgetledger.core.common.Fact} they return,
 * adding what every command shares: idempotency, the closed-year rule and the hash chain ({@code Chain}). The rules
 * themselves live in the feature packages; docs/rules.md lists every one by its Chinese and English name.
 */
package budgetledger.core.ledger;
