package budgetledger.projections.figures;

import budgetledger.projections.fold.LedgerView;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one fold state: the department's figures, its indicator rows and its project forms. Spending is
 * computed first because budget figures (execution rate, closing balance) and measures read it; projects before
 * the department evaluation only because a project's measures read department figures, never its scores.
 */
record DepartmentYear(FigureSet figures, List<IndicatorRow> rows, List<ProjectFigures> projects,
                      List<PartFinding> partFindings) {

    static DepartmentYear of(LedgerView view, FiguresOptions o) {
        return of(view, o, f -> {
        });
    }

    /**
     * {@code beforeScoring} completes the ledger's figures before anything is scored — the prior-year comparison,
     * so a measure such as 三公经费变动率 ({@code change.threePublic.total.actual.rate}) can be scored.
     */
    static DepartmentYear of(LedgerView view, FiguresOptions o, java.util.function.Consumer<FigureSet> beforeScoring) {
        FigureSet f = new FigureSet(FigureName.Scope.DEPARTMENT);
        ExpenditureFigures.addTo(f, view);
        BudgetFigures.addTo(f, view);
        ThreePublicFigures.addTo(f, view);
        PublicFundFigures.addTo(f, view);
        StaffFigures.addTo(f, view);
        beforeScoring.accept(f);
        List<ProjectFigures> projects = view.performance().projects().stream()
                .map(p -> ProjectForm.build(p, view, f, o))
                .toList();
        List<ScoredIndicator> scored = IndicatorScoring.score(view.performance().indicatorsOf(null),
                view.performance(), f, null);
        BigDecimal weight = view.performance().executionWeight(null);
        List<PartFinding> findings = Evaluation.addScores(f, Evaluation.DEPARTMENT,
                Evaluation.executionPoints(f.money(FigureNames.EXPENDITURE_TOTAL), f.money(FigureNames.BUDGET_FULL),
                        weight, o), scored, view.performance().template(null), view.performance().weights(null), o);
        return new DepartmentYear(f, scored.stream().map(ScoredIndicator::row).toList(), projects, findings);
    }
}
