package budgetledger.core.ledger;

import budgetledger.core.audit.CommandAudit;
import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetAdjustmentProposed;
import budgetledger.core.budget.BudgetLines;
import budgetledger.core.budget.BudgetProposalRejected;
import budgetledger.core.budget.BudgetTransferProposed;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.FundsReceived;
import budgetledger.core.budget.ProcurementBudgetSet;
import budgetledger.core.budget.Proposals;
import budgetledger.core.budget.Receipts;
import budgetledger.core.classification.AddedCodes;
import budgetledger.core.classification.ClassificationCodeAdded;
import budgetledger.core.common.LedgerEvent;
import budgetledger.core.establishment.EstablishmentDeclared;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.expenditure.Expenditures;
import budgetledger.core.performance.EvaluationTextRecorded;
import budgetledger.core.performance.IndicatorDefined;
import budgetledger.core.performance.IndicatorOutcomeRecorded;
import budgetledger.core.performance.IndicatorWithdrawn;
import budgetledger.core.performance.Indicators;
import budgetledger.core.performance.PerformanceGoalSet;
import budgetledger.core.performance.PerformanceGoalWithdrawn;
import budgetledger.core.performance.ProjectRegistered;
import budgetledger.core.performance.ProjectWithdrawn;
import budgetledger.core.performance.Projects;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.core.threepublic.ThreePublicControl;
import budgetledger.core.threepublic.ThreePublicLimitsSet;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.core.yearend.OpeningBalancesDeclared;
import budgetledger.core.yearend.PriorYearFiguresDeclared;
import budgetledger.core.yearend.YearEnd;

import java.util.Map;
import java.util.Set;

/**
 * The decision state of one department-year, one part per feature room, and the one place it changes: each event
 * type has its state change below. Snapshotted with the aggregate (Jackson reads the fields).
 */
final class LedgerBooks {
    final BudgetLines lines = new BudgetLines();
    final Proposals proposals = new Proposals();
    final Receipts receipts = new Receipts();
    final Expenditures expenditures = new Expenditures();
    final ThreePublicControl threePublic = new ThreePublicControl();
    final Projects projects = new Projects();
    final Indicators indicators = new Indicators();
    final AddedCodes codes = new AddedCodes();
    boolean closed;

    /** How one event type changes the books; the audit is the event's own metadata (who proposed, which proposal). */
    @FunctionalInterface
    private interface Change<E extends LedgerEvent> {
        void apply(LedgerBooks books, E event, CommandAudit audit);
    }

    private static final Change<LedgerEvent> NO_DECISION_STATE = (books, event, audit) -> { };

    private static final Map<Class<?>, Change<?>> CHANGES = Map.ofEntries(
            on(FiscalYearOpened.class, (b, e, a) -> YearEnd.openingLines(e).forEach(b.lines::addOpening)),
            on(AppropriationRecorded.class, (b, e, a) -> b.lines.add(e)),
            on(BudgetAdjustmentProposed.class, (b, e, a) -> b.proposals.proposed(e, a)),
            on(BudgetTransferProposed.class, (b, e, a) -> b.proposals.proposed(e, a)),
            on(BudgetAdjusted.class, (b, e, a) -> {
                b.lines.referred(e.lineId(), "预算调整（追加/追减）");
                b.lines.changeFull(e.lineId(), e.direction().signed(e.amount().fen()));
                b.proposals.approved(a);
            }),
            on(BudgetTransferred.class, (b, e, a) -> {
                b.lines.referred(e.fromLineId(), "调剂（调出至 " + e.toLineId() + "）");
                b.lines.referred(e.toLineId(), "调剂（自 " + e.fromLineId() + " 调入）");
                b.lines.changeFull(e.fromLineId(), Math.negateExact(e.amount().fen()));
                b.lines.changeFull(e.toLineId(), e.amount().fen());
                b.proposals.approved(a);
            }),
            on(BudgetProposalRejected.class, (b, e, a) -> b.proposals.rejected(e)),
            on(FundsReceived.class, (b, e, a) -> b.receipts.received(e)),
            on(ExpenditureRecorded.class, (b, e, a) -> {
                b.lines.referred(e.posting().lineId(), "支出 " + e.expenditureId());
                b.expenditures.recorded(e, b.lines, b.threePublic);
            }),
            on(ExpenditureReversed.class, (b, e, a) -> b.expenditures.reversed(e, b.lines, b.threePublic)),
            on(ThreePublicLimitsSet.class, (b, e, a) -> b.threePublic.limitsSet(e)),
            on(ProjectRegistered.class, (b, e, a) -> b.projects.registered(e)),
            on(IndicatorDefined.class, (b, e, a) -> b.indicators.defined(e)),
            on(FiscalYearClosed.class, (b, e, a) -> b.closed = true),
            // 撤回登记: what a withdrawal must know — which goals are in force, which indicators have outcomes
            on(PerformanceGoalSet.class, (b, e, a) -> b.projects.goalSet(e)),
            on(IndicatorOutcomeRecorded.class, (b, e, a) -> b.indicators.outcomeRecorded(e)),
            on(ProjectWithdrawn.class, (b, e, a) -> {
                b.projects.withdrawn(e);
                b.lines.withdrawn(e.lineIds());
            }),
            on(IndicatorWithdrawn.class, (b, e, a) -> b.indicators.withdrawn(e)),
            on(PerformanceGoalWithdrawn.class, (b, e, a) -> b.projects.goalWithdrawn(e)),
            on(ClassificationCodeAdded.class, (b, e, a) -> b.codes.added(e)),
            on(OpeningBalancesDeclared.class, (b, e, a) -> YearEnd.openingLines(e.lines()).forEach(b.lines::addOpening)),
            // recorded for the reports, but no later command is decided on them
            on(EstablishmentDeclared.class, NO_DECISION_STATE),
            on(ProcurementBudgetSet.class, NO_DECISION_STATE),
            on(EvaluationTextRecorded.class, NO_DECISION_STATE),
            on(SelfEvaluationSubmitted.class, NO_DECISION_STATE),
            on(PriorYearFiguresDeclared.class, NO_DECISION_STATE));

    private static <E extends LedgerEvent> Map.Entry<Class<?>, Change<?>> on(Class<E> type, Change<? super E> change) {
        return Map.entry(type, change);
    }

    @SuppressWarnings("unchecked")
    void apply(LedgerEvent event, CommandAudit audit) {
        Change<LedgerEvent> change = (Change<LedgerEvent>) CHANGES.get(event.getClass());
        if (change == null) {
            throw new IllegalStateException("no state change for " + event.getClass().getName());
        }
        change.apply(this, event, audit);
    }

    /** Every event type the ledger records (a test checks no LedgerEvent is missing). */
    static Set<Class<?>> eventTypes() {
        return CHANGES.keySet();
    }
}
