/** 预算指标 (budget lines): appropriations (年初预算 / 年中新增), 追加/追减 (adjustments), 调剂 (transfers), income by fund nature (收入, 收回以前年度资金), and the 政府采购预算. */
package budgetledger.core.budget;
