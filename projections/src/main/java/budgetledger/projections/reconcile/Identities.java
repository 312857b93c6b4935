package budgetledger.projections.reconcile;

import budgetledger.core.classification.FundNature;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.ProjectFundRow;
import budgetledger.projections.figures.ThreePublicLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static budgetledger.projections.figures.FigureNames.*;
import static budgetledger.projections.figures.ThreePublicLine.ABROAD;
import static budgetledger.projections.figures.ThreePublicLine.RECEPTION;
import static budgetledger.projections.figures.ThreePublicLine.TOTAL;
import static budgetledger.projections.figures.ThreePublicLine.VEHICLES;
import static budgetledger.projections.figures.ThreePublicLine.VEHICLE_OPERATION;
import static budgetledger.projections.figures.ThreePublicLine.VEHICLE_PURCHASE;

/**
 * The identities a department-year's key figures obey (docs/figures.md; docs/scoring.md R1, R11–R14), each written once.
 * {@code prior.} variants and {@code change.} definitions are derived, not listed by hand.
 */
final class Identities {
    private Identities() {
    }

    static List<Identity> department(Iterable<String> claimedNames) {
        List<Identity> base = new ArrayList<>(List.of(
                Identity.sum(EXPENDITURE_TOTAL, EXPENDITURE_BASIC, EXPENDITURE_PROJECT),
                Identity.sum(EXPENDITURE_BASIC, EXPENDITURE_BASIC_PERSONNEL, EXPENDITURE_BASIC_PUBLIC),
                Identity.sum(EXPENDITURE_GENERAL_PUBLIC_BASIC, EXPENDITURE_GENERAL_PUBLIC_BASIC_PERSONNEL,
                        EXPENDITURE_GENERAL_PUBLIC_BASIC_PUBLIC),
                Identity.sum(BUDGET_FULL, BUDGET_BASIC_FULL, BUDGET_PROJECT_FULL),
                Identity.sum(BUDGET_INITIAL, BUDGET_BASIC_INITIAL, BUDGET_PROJECT_INITIAL),
                Identity.sum(BUDGET_BASIC_FULL, BUDGET_BASIC_PERSONNEL_FULL, BUDGET_BASIC_PUBLIC_FULL),
                Identity.sum(threePublicActual(TOTAL), threePublicActual(VEHICLES), threePublicActual(ABROAD),
                        threePublicActual(RECEPTION)),
                Identity.sum(threePublicBudget(TOTAL), threePublicBudget(VEHICLES), threePublicBudget(ABROAD),
                        threePublicBudget(RECEPTION)),
                Identity.sum(threePublicActual(VEHICLES), threePublicActual(VEHICLE_PURCHASE),
                        threePublicActual(VEHICLE_OPERATION)),
                Identity.sum(threePublicBudget(VEHICLES), threePublicBudget(VEHICLE_PURCHASE),
                        threePublicBudget(VEHICLE_OPERATION)),
                // carryOver.closing = opening + recovered + income − expenditure (R13)
                new Identity(CARRY_OVER_CLOSING, List.of(CARRY_OVER_OPENING, INCOME_RECOVERED_PRIOR_YEARS, INCOME_TOTAL),
                        List.of(EXPENDITURE_TOTAL), false),
                Identity.quotient(EXECUTION_RATE, EXPENDITURE_TOTAL, BUDGET_FULL),
                Identity.quotient(PROCUREMENT_EXECUTION_RATE, EXPENDITURE_PROCUREMENT, BUDGET_PROCUREMENT),
                Identity.quotient(THREE_PUBLIC_CONTROL_RATE, threePublicActual(TOTAL), threePublicBudget(TOTAL)),
                Identity.quotient(STAFF_CONTROL_RATE, STAFF_ACTUAL, STAFF_AUTHORIZED),
                Identity.quotient(EXPENDITURE_BASIC_SHARE_PERSONNEL, EXPENDITURE_BASIC_PERSONNEL, EXPENDITURE_BASIC),
                Identity.quotient(EXPENDITURE_BASIC_SHARE_PUBLIC, EXPENDITURE_BASIC_PUBLIC, EXPENDITURE_BASIC),
                Identity.sum(EVALUATION_SCORE_TOTAL, EVALUATION_SCORE_EXECUTION, EVALUATION_SCORE_INPUT,
                        EVALUATION_SCORE_PROCESS, EVALUATION_SCORE_OUTPUT, EVALUATION_SCORE_OUTCOME,
                        EVALUATION_SCORE_SATISFACTION)));
        for (ThreePublicLine line : ThreePublicLine.values()) {
            base.add(Identity.difference(threePublicSavings(line), threePublicBudget(line), threePublicActual(line)));
        }
        FundNature[] natures = FundNature.values();
        FigureName[] incomes = new FigureName[natures.length];
        FigureName[] spent = new FigureName[natures.length];
        for (int i = 0; i < natures.length; i++) {
            incomes[i] = income(natures[i]);
            spent[i] = expenditureFund(natures[i]);
            base.add(Identity.quotient(incomeShare(natures[i]), incomes[i], INCOME_TOTAL));
        }
        base.add(Identity.sum(INCOME_TOTAL, incomes));
        base.add(Identity.sum(BUDGET_FULL, Arrays.stream(natures).map(FigureNames::budgetFundFull)
                .toArray(FigureName[]::new)));
        base.add(Identity.sum(EXPENDITURE_TOTAL, spent));
        List<Identity> all = new ArrayList<>(base);
        for (Identity id : base) {
            all.add(id.prior());
        }
        for (String name : claimedNames) {
            FigureNames.department(name).ifPresent(n -> changeOf(n, all));
        }
        return all;
    }

    static List<Identity> project() {
        return List.of(
                Identity.quotient(PROJECT_EXECUTION_RATE, PROJECT_EXECUTED, PROJECT_BUDGET_FULL),
                Identity.sum(PROJECT_BUDGET_INITIAL, rows(FigureNames::projectFundInitial)),
                Identity.sum(PROJECT_BUDGET_FULL, rows(FigureNames::projectFundFull)),
                Identity.sum(PROJECT_EXECUTED, rows(FigureNames::projectFundExecuted)));
    }

    private static FigureName[] rows(Function<ProjectFundRow, FigureName> name) {
        return Arrays.stream(ProjectFundRow.values()).map(name).toArray(FigureName[]::new);
    }

    /** change.X = X − prior.X, and change.X.rate = change.X ÷ prior.X, for every claimed change figure. */
    private static void changeOf(FigureName name, List<Identity> out) {
        FigureName base = name.base();
        if (name.column() == FigureName.Column.CHANGE) {
            out.add(Identity.difference(name, base, base.prior()));
        } else if (name.column() == FigureName.Column.CHANGE_RATE) {
            out.add(Identity.quotient(name, base.change(), base.prior()));
        }
    }
}
