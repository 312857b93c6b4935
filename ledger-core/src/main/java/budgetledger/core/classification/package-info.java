/**
 * 政府收支分类科目: 支出功能分类 (类/款/项) and 部门预算支出经济分类 codes as self-validating value types,
 * the per-year catalogue they are checked against, and the code-derived facts of the domain:
 * which economic codes are 三公经费 and of which category, which are 人员经费. Also the small
 * vocabularies a budget line is keyed by: 资金性质, 当年/上年结转, 基本/项目, 项目类别.
 */
package budgetledger.core.classification;
