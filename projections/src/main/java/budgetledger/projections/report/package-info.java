/**
 * The self-evaluation report (整体支出绩效自评报告) of a department-year: a document model built from the key
 * figures ({@link budgetledger.projections.figures.FiguresDocument}), the recorded texts and goals, the
 * establishment detail and — only for the "largest contributors" to a year-over-year change — the two fold states;
 * and its renderers (HTML, Markdown, XLSX, PDF). Every number printed is a figure formatted once
 * ({@link budgetledger.projections.report.Format}); no renderer computes. Pure Java, no Spring.
 */
package budgetledger.projections.report;
