package budgetledger.projections.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.Vintage;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.BudgetLine;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.ProjectDef;
import budgetledger.projections.fold.SpendBucket;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One 项目支出绩效自评表 (附件3): 年度资金总额 split into 当年财政拨款 / 上年结转资金 / 其他资金, the project's own
 * execution rate and points (docs/scoring.md: only this project's funds), its indicators and total.
 */
final class ProjectForm {
    /** The rows of 年度资金总额: vintage for fiscal money, and 其他资金 whatever its vintage. */
    private enum FundRow {
        CURRENT_YEAR("currentYear"), CARRY_OVER("carryOver"), OTHER("other");

        final String key;

        FundRow(String key) {
            this.key = key;
        }

        boolean holds(FundNature nature, Vintage vintage) {
            boolean other = nature == FundNature.OTHER;
            return switch (this) {
                case OTHER -> other;
                case CARRY_OVER -> !other && vintage == Vintage.CARRY_OVER;
                case CURRENT_YEAR -> !other && vintage != Vintage.CARRY_OVER;
            };
        }
    }

    private ProjectForm() {
    }

    static ProjectFigures build(ProjectDef project, LedgerView view, FigureSet department, FiguresOptions o) {
        FigureSet f = funds(project.code(), view);
        Money executed = f.money("executed");
        Money full = f.money("budget.full");
        f.rate("execution.rate", executed, full);
        List<ScoredIndicator> scored = IndicatorScoring.score(view.performance().indicatorsOf(project.code()),
                view.performance(), department, f);
        Evaluation.addScores(f, "score.", "grade", Evaluation.executionPoints(executed, full, o), scored, false, o);
        String category = project.category() == null ? null : project.category().key();
        return new ProjectFigures(project.code(), project.name(), category, f.toJson(),
                scored.stream().map(ScoredIndicator::row).toList());
    }

    private static FigureSet funds(String code, LedgerView view) {
        Predicate<BudgetLine> ofProject = l -> Objects.equals(l.projectCode(), code);
        Predicate<SpendBucket> spentOnProject = s -> Objects.equals(s.projectCode(), code);
        FigureSet f = new FigureSet()
                .money("budget.initial", view.budget().sum(ofProject, BudgetLine::initialAmount))
                .money("budget.full", view.budget().sum(ofProject, BudgetLine::full))
                .money("executed", view.expenditure().sum(spentOnProject));
        for (FundRow row : FundRow.values()) {
            Predicate<BudgetLine> line = ofProject.and(l -> row.holds(l.fundNature(), l.vintage()));
            f.money("fund." + row.key + ".initial", view.budget().sum(line, BudgetLine::initialAmount));
            f.money("fund." + row.key + ".full", view.budget().sum(line, BudgetLine::full));
            f.money("fund." + row.key + ".executed", view.expenditure().sum(
                    spentOnProject.and(s -> row.holds(s.fundNature(), s.vintage()))));
        }
        return f;
    }
}
