/**
 * 绩效: projects (项目), performance goals (绩效目标), indicators (绩效指标) with their targets and outcomes,
 * the report's recorded prose, the submitted self-evaluation (自评), and the scoring rules (评分规则)
 * of 财预〔2020〕10号 in {@link budgetledger.core.performance.Scoring}.
 */
package budgetledger.core.performance;
