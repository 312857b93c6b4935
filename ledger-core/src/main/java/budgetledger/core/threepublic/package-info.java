/** 三公经费: the yearly control limits per category; the rule that no 三公 expenditure exceeds its limit lives in the ledger. */
package budgetledger.core.threepublic;
