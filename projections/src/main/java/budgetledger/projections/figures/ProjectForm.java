package budgetledger.projections.figures;

import budgetledger.core.money.Money;
import budgetledger.projections.fold.BudgetLine;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.ProjectDef;
import budgetledger.projections.fold.SpendBucket;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static budgetledger.projections.figures.FigureNames.PROJECT_BUDGET_FULL;
import static budgetledger.projections.figures.FigureNames.PROJECT_EXECUTED;

/**
 * One 项目支出绩效自评表 (附件3): 年度资金总额 split into 当年财政拨款 / 上年结转资金 / 其他资金, the project's own
 * execution rate and points (docs/scoring.md: only this project's funds), its indicators and total.
 */
final class ProjectForm {
    private ProjectForm() {
    }

    static ProjectFigures build(ProjectDef project, LedgerView view, FigureSet department, FiguresOptions o) {
        FigureSet f = funds(project.code(), view);
        Money executed = f.money(PROJECT_EXECUTED);
        Money full = f.money(PROJECT_BUDGET_FULL);
        f.rate(FigureNames.PROJECT_EXECUTION_RATE, executed, full);
        List<ScoredIndicator> scored = IndicatorScoring.score(view.performance().indicatorsOf(project.code()),
                view.performance(), department, f);
        BigDecimal weight = view.performance().executionWeight(project.code());
        List<PartFinding> findings = Evaluation.addScores(f, Evaluation.PROJECT,
                Evaluation.executionPoints(executed, full, weight, o), scored,
                view.performance().template(project.code()), view.performance().weights(project.code()), o);
        String category = project.category() == null ? null : project.category().key();
        return new ProjectFigures(project.code(), project.name(), category, f.toJson(),
                scored.stream().map(ScoredIndicator::row).toList(), findings);
    }

    private static FigureSet funds(String code, LedgerView view) {
        Predicate<BudgetLine> ofProject = l -> Objects.equals(l.projectCode(), code);
        Predicate<SpendBucket> spentOnProject = s -> Objects.equals(s.projectCode(), code);
        FigureSet f = new FigureSet(FigureName.Scope.PROJECT)
                .money(FigureNames.PROJECT_BUDGET_INITIAL, view.budget().sum(ofProject, BudgetLine::initialAmount))
                .money(PROJECT_BUDGET_FULL, view.budget().sum(ofProject, BudgetLine::full))
                .money(PROJECT_EXECUTED, view.expenditure().sum(spentOnProject));
        for (ProjectFundRow row : ProjectFundRow.values()) {
            Predicate<BudgetLine> line = ofProject.and(l -> row.holds(l.fundNature(), l.vintage()));
            f.money(FigureNames.projectFundInitial(row), view.budget().sum(line, BudgetLine::initialAmount));
            f.money(FigureNames.projectFundFull(row), view.budget().sum(line, BudgetLine::full));
            f.money(FigureNames.projectFundExecuted(row), view.expenditure().sum(
                    spentOnProject.and(s -> row.holds(s.fundNature(), s.vintage()))));
        }
        return f;
    }
}
