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
import budgetledger.core.classification.AddClassificationCode;
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
import budgetledger.core.performance.WithdrawIndicator;
import budgetledger.core.performance.WithdrawPerformanceGoal;
import budgetledger.core.performance.WithdrawProject;
import budgetledger.core.threepublic.SetThreePublicLimits;
import budgetledger.core.yearend.CloseFiscalYear;
import budgetledger.core.yearend.DeclareOpeningBalances;
import budgetledger.core.yearend.DeclarePriorYearFigures;
import budgetledger.core.yearend.OpenFiscalYear;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every command the ledger knows, by its name — the {@code "command"} field of an import line. This is the domain's
 * half of the command catalogue: name and record class. The application adds each command's route and who may send
 * it with an exhaustive switch over these constants, so a new command cannot exist without its API entry.
 */
public enum Commands {
    REGISTER_DEPARTMENT(RegisterDepartment.class),
    OPEN_FISCAL_YEAR(OpenFiscalYear.class),
    DECLARE_ESTABLISHMENT(DeclareEstablishment.class),
    RECORD_APPROPRIATION(RecordAppropriation.class),
    PROPOSE_BUDGET_ADJUSTMENT(ProposeBudgetAdjustment.class),
    PROPOSE_BUDGET_TRANSFER(ProposeBudgetTransfer.class),
    APPROVE_BUDGET_PROPOSAL(ApproveBudgetProposal.class),
    REJECT_BUDGET_PROPOSAL(RejectBudgetProposal.class),
    ADJUST_BUDGET(AdjustBudget.class),
    TRANSFER_BUDGET(TransferBudget.class),
    RECEIVE_FUNDS(ReceiveFunds.class),
    SET_PROCUREMENT_BUDGET(SetProcurementBudget.class),
    SET_THREE_PUBLIC_LIMITS(SetThreePublicLimits.class),
    RECORD_EXPENDITURE(RecordExpenditure.class),
    REVERSE_EXPENDITURE(ReverseExpenditure.class),
    REGISTER_PROJECT(RegisterProject.class),
    SET_PERFORMANCE_GOAL(SetPerformanceGoal.class),
    DEFINE_INDICATOR(DefineIndicator.class),
    RECORD_INDICATOR_OUTCOME(RecordIndicatorOutcome.class),
    RECORD_EVALUATION_TEXT(RecordEvaluationText.class),
    SUBMIT_SELF_EVALUATION(SubmitSelfEvaluation.class),
    CLOSE_FISCAL_YEAR(CloseFiscalYear.class),
    WITHDRAW_PROJECT(WithdrawProject.class),
    WITHDRAW_INDICATOR(WithdrawIndicator.class),
    WITHDRAW_PERFORMANCE_GOAL(WithdrawPerformanceGoal.class),
    ADD_CLASSIFICATION_CODE(AddClassificationCode.class),
    DECLARE_OPENING_BALANCES(DeclareOpeningBalances.class),
    DECLARE_PRIOR_YEAR_FIGURES(DeclarePriorYearFigures.class);

    private static final Map<String, Commands> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    static {
        for (Commands c : values()) {
            BY_NAME.put(c.commandName(), c);
            TYPES.put(c.commandName(), c.type);
        }
    }

    private final Class<? extends Record> type;

    Commands(Class<? extends Record> type) {
        this.type = type;
    }

    /** The record class of the command. */
    public Class<? extends Record> type() {
        return type;
    }

    /** The name clients use: the record's simple name ({@code RecordExpenditure}). */
    public String commandName() {
        return type.getSimpleName();
    }

    public static Optional<Commands> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    public static Optional<Class<?>> byName(String name) {
        return named(name).map(Commands::type);
    }

    /** name → record class, in catalogue order. */
    public static Map<String, Class<?>> all() {
        return Collections.unmodifiableMap(TYPES);
    }
}
