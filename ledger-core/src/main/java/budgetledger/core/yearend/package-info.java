/** 年度: opening a fiscal year (with 上年结转) and closing it (结转 or 收回 per line). */
package budgetledger.core.yearend;
