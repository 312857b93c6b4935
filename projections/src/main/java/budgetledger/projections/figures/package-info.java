/**
 * Key figures (docs/figures.md): the numbers of 附件1, 附件2 and 附件3 under stable names — every name, with its meaning, in
 * {@link budgetledger.projections.figures.FigureNames} — computed from fold states only. One small class per part
 * of the forms — budget and income, spending, 三公 and 公用经费, staff, indicator scoring, the project form,
 * prior-year changes — composed by {@link budgetledger.projections.figures.KeyFigures}.
 */
package budgetledger.projections.figures;
