/** 编制: authorized and actual staff by category (own and seconded), retirees, vehicles. */
package budgetledger.core.establishment;
