/** 预算单位: registering a department (its id and name). */
package budgetledger.core.department;
