/** 支出: recording an expenditure voucher by voucher against a budget line, and 冲销 (reversal), the only correction. */
package budgetledger.core.expenditure;
