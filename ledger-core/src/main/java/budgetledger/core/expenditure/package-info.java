/**
 * 支出: recording an expenditure voucher by voucher against a budget line, and 冲销 (reversal), the only correction;
 * the rules (无预算不支出, 款-level economic codes, one reversal, never dated before its expenditure) are in
 * {@link budgetledger.core.expenditure.Expenditures}.
 */
package budgetledger.core.expenditure;
