/** The department-year ledger aggregate (部门预算年度账): the consistency boundary where every rule is enforced and every event is hash-linked. */
package budgetledger.core.ledger;
