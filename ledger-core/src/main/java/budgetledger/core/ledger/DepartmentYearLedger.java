package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.CommandAudit;
import budgetledger.core.budget.AdjustBudget;
import budgetledger.core.budget.Adjustments;
import budgetledger.core.budget.ApproveBudgetProposal;
import budgetledger.core.budget.ProposeBudgetAdjustment;
import budgetledger.core.budget.ProposeBudgetTransfer;
import budgetledger.core.budget.Receipts;
import budgetledger.core.budget.ReceiveFunds;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.budget.RejectBudgetProposal;
import budgetledger.core.budget.SetProcurementBudget;
import budgetledger.core.budget.TransferBudget;
import budgetledger.core.classification.AddClassificationCode;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerEvent;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.establishment.DeclareEstablishment;
import budgetledger.core.establishment.Establishment;
import budgetledger.core.expenditure.RecordExpenditure;
import budgetledger.core.expenditure.ReverseExpenditure;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.Evaluation;
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
import budgetledger.core.yearend.PriorYearFigures;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.core.yearend.OpenFiscalYear;
import budgetledger.core.yearend.YearEnd;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The department-year ledger (部门预算年度账): one department's one fiscal year, the consistency boundary of its
 * budget rules. It decides nothing itself: each command goes to its feature's rules (budget, expenditure,
 * threepublic, performance, establishment, yearend), which return the {@link Fact} to record or refuse. The ledger
 * adds what every command shares — idempotency, the closed-year rule, the hash chain — and {@link #on} is the only
 * place state changes, so loading from the store (or a snapshot) and recording now arrive at the same state.
 * <p>
 * The revision names the snapshot shape: a snapshot of another shape is ignored and the year replayed from events
 * (5: the budget lines also keep what referred to each line and which the year opened with; 6: the goals also keep
 * the template each chose).
 */
@Revision("6")
public class DepartmentYearLedger {
    @AggregateIdentifier
    private String ledgerId;
    private DepartmentYear dy;
    private final Chain chain = new Chain();
    private final LedgerBooks books = new LedgerBooks();
    /** Hash of the command being handled, under an idempotency key only; transient: never part of the snapshot. */
    private transient String pendingBodyHash;

    protected DepartmentYearLedger() {
        // for Axon
    }

    @CommandHandler
    public DepartmentYearLedger(OpenFiscalYear c, MetaData meta) {
        // the department id, the year and the rest are checked by YearEnd.open before anything is recorded
        this.dy = new DepartmentYear(c.departmentId(), c.year());
        chain.start(c.hashAlgorithm());
        this.pendingBodyHash = Chain.bodyHash(c);
        emit(YearEnd.open(c, chain.algorithm()), meta);
    }

    @CommandHandler
    public Recorded handle(DeclareEstablishment c, MetaData meta) {
        return once(c, meta, () -> Establishment.declare(c, dy));
    }

    @CommandHandler
    public Recorded handle(RecordAppropriation c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.lines.appropriate(c, dy, books.projects,
                books.codes.catalogue(dy.year())));
    }

    @CommandHandler
    public Recorded handle(AdjustBudget c, MetaData meta) {
        return onOpenYear(c, meta, () -> Adjustments.adjustDirectly(c, CommandAudit.of(meta), books.lines, dy));
    }

    @CommandHandler
    public Recorded handle(TransferBudget c, MetaData meta) {
        return onOpenYear(c, meta, () -> Adjustments.transferDirectly(c, CommandAudit.of(meta), books.lines, dy));
    }

    @CommandHandler
    public Recorded handle(ProposeBudgetAdjustment c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.proposals.proposeAdjustment(c, CommandAudit.of(meta), books.lines, dy,
                chain.lastSequence() + 1));
    }

    @CommandHandler
    public Recorded handle(ProposeBudgetTransfer c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.proposals.proposeTransfer(c, CommandAudit.of(meta), books.lines, dy,
                chain.lastSequence() + 1));
    }

    /** Answers with the proposal's id, whichever line the approved change is about. */
    @CommandHandler
    public Recorded handle(ApproveBudgetProposal c, MetaData meta) {
        Recorded recorded = onOpenYear(c, meta, () -> books.proposals.approve(c, CommandAudit.of(meta), books.lines, dy));
        return recorded.repeated() ? recorded : new Recorded(c.proposalId().trim(), recorded.sequence(), false);
    }

    /** Allowed in a closed year: a rejection records no budget fact. */
    @CommandHandler
    public Recorded handle(RejectBudgetProposal c, MetaData meta) {
        return once(c, meta, () -> books.proposals.reject(c, CommandAudit.of(meta), dy));
    }

    @CommandHandler
    public Recorded handle(ReceiveFunds c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.receipts.receive(c, dy));
    }

    @CommandHandler
    public Recorded handle(SetProcurementBudget c, MetaData meta) {
        return onOpenYear(c, meta, () -> Receipts.setProcurementBudget(c, dy));
    }

    @CommandHandler
    public Recorded handle(RecordExpenditure c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.expenditures.record(c, dy, books.lines, books.threePublic,
                books.codes.catalogue(dy.year()), "true".equals(meta.get(AuditKeys.MIGRATION))));
    }

    @CommandHandler
    public Recorded handle(ReverseExpenditure c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.expenditures.reverse(c, dy));
    }

    @CommandHandler
    public Recorded handle(SetThreePublicLimits c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.threePublic.setLimits(c, dy));
    }

    // performance statements stay open after the close: the evaluation is written once the year is closed

    @CommandHandler
    public Recorded handle(RegisterProject c, MetaData meta) {
        return once(c, meta, () -> books.projects.register(c, dy));
    }

    @CommandHandler
    public Recorded handle(SetPerformanceGoal c, MetaData meta) {
        return once(c, meta, () -> Evaluation.goal(c, dy, books.projects, books.indicators));
    }

    @CommandHandler
    public Recorded handle(DefineIndicator c, MetaData meta) {
        return once(c, meta, () -> books.indicators.define(c, dy, books.projects));
    }

    @CommandHandler
    public Recorded handle(RecordIndicatorOutcome c, MetaData meta) {
        return once(c, meta, () -> books.indicators.outcome(c, dy));
    }

    @CommandHandler
    public Recorded handle(RecordEvaluationText c, MetaData meta) {
        return once(c, meta, () -> Evaluation.text(c, dy));
    }

    @CommandHandler
    public Recorded handle(SubmitSelfEvaluation c, MetaData meta) {
        return once(c, meta, () -> Evaluation.submit(c, dy));
    }

    /** 增补科目: an administrator's addition to this year's catalogue (imported: see the command catalogue). */
    @CommandHandler
    public Recorded handle(AddClassificationCode c, MetaData meta) {
        return onOpenYear(c, meta, () -> books.codes.add(c, dy));
    }

    // 撤回登记: a mistaken registration leaves by an event of its own; the registration stays in the history

    @CommandHandler
    public Recorded handle(WithdrawProject c, MetaData meta) {
        return once(c, meta, () -> books.projects.withdraw(c, dy,
                project -> books.lines.withdrawnWith(project, books.closed, books.proposals::pendingOn),
                books.indicators));
    }

    @CommandHandler
    public Recorded handle(WithdrawIndicator c, MetaData meta) {
        return once(c, meta, () -> books.indicators.withdraw(c, dy));
    }

    @CommandHandler
    public Recorded handle(WithdrawPerformanceGoal c, MetaData meta) {
        return once(c, meta, () -> books.projects.withdrawGoal(c, dy, books.indicators));
    }

    @CommandHandler
    public Recorded handle(CloseFiscalYear c, MetaData meta) {
        return onOpenYear(c, meta, () -> YearEnd.close(c, dy, books.lines));
    }

    @CommandHandler
    public Recorded handle(DeclareOpeningBalances c, MetaData meta) {
        return onOpenYear(c, meta, () -> YearEnd.declareOpening(c, dy, books.lines, books.projects,
                books.codes.catalogue(dy.year())));
    }

    /** Allowed in a closed year: comparatives are statements for the report, as the evaluation is. */
    @CommandHandler
    public Recorded handle(DeclarePriorYearFigures c, MetaData meta) {
        return once(c, meta, () -> PriorYearFigures.declare(c, dy));
    }

    // ---- the only place state changes ----

    @EventSourcingHandler
    void on(LedgerEvent event, MetaData meta, @SequenceNumber long sequence) {
        chain.track(meta, sequence);
        if (event instanceof FiscalYearOpened e) {
            ledgerId = LedgerId.of(e.departmentId(), e.year());
            dy = new DepartmentYear(e.departmentId(), e.year());
            chain.opened(e.hashAlgorithm());
        }
        books.apply(event, CommandAudit.of(meta));
    }

    // ---- recording ----

    /** Refuses budget facts once the year is closed. */
    private Recorded onOpenYear(Object command, MetaData meta, Supplier<Fact> rules) {
        return once(command, meta, () -> {
            if (books.closed) {
                throw new LedgerException(ErrorCode.YEAR_CLOSED, dy.departmentId() + " " + dy.year() + " 年度");
            }
            return rules.get();
        });
    }

    /** A repeated idempotency key returns the first outcome; otherwise the rules decide and their fact is recorded. */
    private Recorded once(Object command, MetaData meta, Supplier<Fact> rules) {
        try {
            return decideOnce(command, meta, rules);
        } catch (LedgerException e) {
            // which state refused: another instance may have appended since, and the refusal is then re-decided
            throw e.decidedAt(chain.lastSequence());
        }
    }

    private Recorded decideOnce(Object command, MetaData meta, Supplier<Fact> rules) {
        Object key = meta.get(AuditKeys.IDEMPOTENCY_KEY);
        // the body's hash is only ever compared under an idempotency key: without one, it is not computed
        pendingBodyHash = key == null ? null : Chain.bodyHash(command);
        if (key != null) {
            var first = chain.repeated(meta.get(AuditKeys.RECORDED_BY), key.toString(), pendingBodyHash);
            if (first.isPresent()) {
                return first.get();
            }
        }
        return emit(rules.get(), meta);
    }

    /**
     * A {@link LedgerException} is a refusal only while nothing is applied: the command bus then keeps the cached
     * ledger (a refusal costs no reload). Past {@code apply} the state has changed, so anything thrown there must
     * roll the unit of work back — and a LedgerException from there is turned into an error that does.
     */
    private Recorded emit(Fact fact, MetaData commandMeta) {
        MetaData sealed = MetaData.from(chain.seal(fact, commandMeta, pendingBodyHash));
        try {
            apply(fact.event(), sealed);
        } catch (LedgerException e) {
            throw new IllegalStateException("refused after the event was applied: the unit of work is rolled back", e);
        }
        return new Recorded(fact.subject(), chain.lastSequence(), false);
    }

    public String ledgerId() {
        return ledgerId;
    }
}
