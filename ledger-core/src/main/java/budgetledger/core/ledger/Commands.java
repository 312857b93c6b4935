package budgetledger.core.ledger;

import budgetledger.core.budget.AdjustBudget;
import budgetledger.core.budget.ApproveBudgetProposal;
import budgetledger.core.budget.ProposeBudgetAdjustment;
import budgetledger.core.budget.ProposeBudgetTransfer;
import budgetledger.core.budget.RejectBudgetProposal;
import budgetledger.core.budget.ReceiveFunds;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.budget.SetProcurementBudget;
import budgetledger.core.budget.TransferBudget;
import budgetledger.core.department.RegisterDepartment;
import budgetledger.core.establishment.DeclareEstablishment;
import budgetledger.core.expenditure.RecordExpenditure;
import budgetledger.core.expenditure.ReverseExpenditure;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.RecordEvaluationText;
import budgetledger.core.performance.RecordIndicatorOutcome;
import budgetledger.core.performance.RegisterProject;
import budgetledger.core.performance.SetPerformanceGoal;
import budgetledger.core.performance.SubmitSelfEvaluation;
import budgetledger.core.threepublic.SetThreePublicLimits;
import budgetledger.core.yearend.CloseFiscalYear;
import budgetledger.core.yearend.OpenFiscalYear;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every command by its name — the {@code "command"} field of an import line and the name in the API's
 * command catalogue. One list, so the API, the importer and the docs cannot disagree about what exists.
 */
public final class Commands {
    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

    static {
        for (Class<?> c : new Class<?>[]{RegisterDepartment.class, OpenFiscalYear.class, DeclareEstablishment.class,
                RecordAppropriation.class, ProposeBudgetAdjustment.class, ProposeBudgetTransfer.class,
                ApproveBudgetProposal.class, RejectBudgetProposal.class, AdjustBudget.class, TransferBudget.class,
                ReceiveFunds.class,
                SetProcurementBudget.class, SetThreePublicLimits.class, RecordExpenditure.class,
                ReverseExpenditure.class, RegisterProject.class, SetPerformanceGoal.class, DefineIndicator.class,
                RecordIndicatorOutcome.class, RecordEvaluationText.class, SubmitSelfEvaluation.class,
                CloseFiscalYear.class}) {
            BY_NAME.put(c.getSimpleName(), c);
        }
    }

    private Commands() {
    }

    public static Optional<Class<?>> byName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    public static Map<String, Class<?>> all() {
        return Collections.unmodifiableMap(BY_NAME);
    }
}
