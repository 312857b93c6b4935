package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.CanonicalPayloads;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.budget.AdjustBudget;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.ApproveBudgetProposal;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetAdjustmentProposed;
import budgetledger.core.budget.BudgetProposalRejected;
import budgetledger.core.budget.BudgetTransferProposed;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.FundsReceived;
import budgetledger.core.budget.ProcurementBudgetSet;
import budgetledger.core.budget.ProposeBudgetAdjustment;
import budgetledger.core.budget.ProposeBudgetTransfer;
import budgetledger.core.budget.ReceiveFunds;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.budget.RejectBudgetProposal;
import budgetledger.core.budget.SetProcurementBudget;
import budgetledger.core.budget.TransferBudget;
import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerEvent;
import budgetledger.core.common.LedgerId;
import budgetledger.core.common.LedgerException;
import budgetledger.core.establishment.DeclareEstablishment;
import budgetledger.core.establishment.EstablishmentDeclared;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.expenditure.RecordExpenditure;
import budgetledger.core.expenditure.ReverseExpenditure;
import budgetledger.core.money.Money;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.EvaluationTextRecorded;
import budgetledger.core.performance.IndicatorDefined;
import budgetledger.core.performance.IndicatorOutcomeRecorded;
import budgetledger.core.performance.IndicatorRules;
import budgetledger.core.performance.PerformanceGoalSet;
import budgetledger.core.performance.ProjectRegistered;
import budgetledger.core.performance.RecordEvaluationText;
import budgetledger.core.performance.RecordIndicatorOutcome;
import budgetledger.core.performance.RegisterProject;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.core.performance.SetPerformanceGoal;
import budgetledger.core.performance.SubmitSelfEvaluation;
import budgetledger.core.threepublic.SetThreePublicLimits;
import budgetledger.core.threepublic.ThreePublicLimitsSet;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.CloseFiscalYear;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.core.yearend.OpenFiscalYear;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The department-year ledger (部门预算年度账): one department's one fiscal year, the consistency boundary of
 * every budget rule — 无预算不支出, 三公 limits, closed years, idempotency and the hash chain all live inside it.
 * Command handlers validate and {@link #emit} events; {@link #on} is the only place state changes, so
 * loading from the store (or a snapshot) and recording now arrive at the same state.
 */
public class DepartmentYearLedger {
    @AggregateIdentifier
    private String ledgerId;
    private String departmentId;
    private int year;
    private boolean closed;
    private String hashAlgorithm;
    private String lastHash;
    private Instant lastRecordedAt;
    private final Map<String, LedgerState.Line> lines = new HashMap<>();
    private final Map<String, LedgerState.Spent> expenditures = new HashMap<>();
    private final Map<ThreePublicCategory, Long> threePublicLimitFen = new EnumMap<>(ThreePublicCategory.class);
    private final Map<ThreePublicCategory, Long> threePublicSpentFen = new EnumMap<>(ThreePublicCategory.class);
    private final Set<String> projects = new HashSet<>();
    private final Set<String> receipts = new HashSet<>();
    private final Map<String, LedgerState.Indicator> indicators = new HashMap<>();
    private final Map<String, LedgerState.FirstOutcome> idempotency = new HashMap<>();
    /** Proposed adjustments and transfers (maker–checker), pending or decided. */
    private final Map<String, LedgerState.Proposal> proposals = new HashMap<>();
    private long lastSequence = -1;
    /** Hash of the command being handled; transient: never part of the snapshot. */
    private transient String pendingBodyHash;

    protected DepartmentYearLedger() {
        // for Axon
    }

    @CommandHandler
    public DepartmentYearLedger(OpenFiscalYear c, MetaData meta) {
        LedgerId.requireDepartmentId(c.departmentId());
        if (c.year() < 2000 || c.year() > 2200) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "预算年度无效: " + c.year());
        }
        this.year = c.year();
        this.pendingBodyHash = bodyHash(c);
        this.hashAlgorithm = HashChain.requireAlgorithm(c.hashAlgorithm());
        this.lastHash = HashChain.GENESIS;
        List<CarriedLine> carried = c.carriedLines() == null ? List.of() : c.carriedLines();
        Checks.carried(carried, catalogue());
        String name = Checks.text(c.departmentName(), "单位名称");
        emit(new FiscalYearOpened(c.departmentId(), name, c.year(), carried, hashAlgorithm),
                LocalDate.of(c.year(), 1, 1), meta, LedgerId.of(c.departmentId(), c.year()));
    }

    @CommandHandler
    public Recorded handle(DeclareEstablishment c, MetaData meta) {
        return once(c, meta, () -> {
            Checks.date(c.businessDate(), year);
            Checks.establishment(c);
            return emit(new EstablishmentDeclared(departmentId, year, c.businessDate(), List.copyOf(c.staff()),
                    c.retired(), c.vehiclesAuthorized(), c.vehiclesActual()), c.businessDate(), meta, "establishment");
        });
    }

    @CommandHandler
    public Recorded handle(RecordAppropriation c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            String lineId = Checks.id(c.lineId(), "预算指标编号");
            if (lines.containsKey(lineId)) {
                throw new LedgerException(ErrorCode.DUPLICATE_LINE, lineId);
            }
            Checks.required(c.kind(), "支出类型 kind");
            Checks.required(c.fundNature(), "资金性质 fundNature");
            Checks.amount(c.amount());
            Checks.date(c.businessDate(), year);
            if (c.functionalCode() == null || c.functionalCode().trim().length() != 7) {
                throw new LedgerException(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, "预算指标须细化到项级（7 位）科目: " + c.functionalCode());
            }
            String functional = catalogue().requireFunctional(c.functionalCode()).value();
            String economic = c.economicCode() == null || c.economicCode().isBlank() ? null
                    : catalogue().requireEconomic(c.economicCode()).value();
            String project = projectOf(c.kind(), c.projectCode());
            Vintage vintage = c.vintage() == null ? Vintage.CURRENT_YEAR : c.vintage();
            return emit(new AppropriationRecorded(departmentId, year, lineId, c.kind(), c.fundNature(), vintage,
                    functional, economic, project, c.amount(), c.initial(), c.businessDate()), c.businessDate(), meta, lineId);
        });
    }

    /**
     * An adjustment recorded directly, as already approved: only an administrator's migration of history approved
     * elsewhere may do this ({@link AuditKeys#MIGRATION}); everyone else proposes and a different approver approves.
     */
    @CommandHandler
    public Recorded handle(AdjustBudget c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            requireMigratedApproval(meta);
            LedgerState.Line line = checkAdjustment(c.lineId(), c.direction(), c.amount(), c.businessDate());
            return emit(new BudgetAdjusted(departmentId, year, line.lineId(), c.direction(), c.amount(), c.businessDate()),
                    c.businessDate(), meta, line.lineId());
        });
    }

    /** A transfer recorded directly, as already approved: an administrator's migration only (see AdjustBudget). */
    @CommandHandler
    public Recorded handle(TransferBudget c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            requireMigratedApproval(meta);
            LedgerState.Line from = checkTransfer(c.fromLineId(), c.toLineId(), c.amount(), c.businessDate());
            return emit(new BudgetTransferred(departmentId, year, from.lineId(), c.toLineId(), c.amount(), c.businessDate()),
                    c.businessDate(), meta, from.lineId() + "->" + c.toLineId());
        });
    }

    // ---- maker–checker: propose, then a different approver approves (or anyone rejects with a reason) ----

    @CommandHandler
    public Recorded handle(ProposeBudgetAdjustment c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            String proposer = signer(meta, "提议人");
            String id = newProposalId(c.proposalId());
            LedgerState.Line line = checkAdjustment(c.lineId(), c.direction(), c.amount(), c.businessDate());
            return emit(new BudgetAdjustmentProposed(departmentId, year, id, line.lineId(), c.direction(), c.amount(),
                    c.businessDate()), c.businessDate(), meta, id, Map.of(AuditKeys.PROPOSED_BY, proposer, AuditKeys.APPROVED_BY, ""));
        });
    }

    @CommandHandler
    public Recorded handle(ProposeBudgetTransfer c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            String proposer = signer(meta, "提议人");
            String id = newProposalId(c.proposalId());
            LedgerState.Line from = checkTransfer(c.fromLineId(), c.toLineId(), c.amount(), c.businessDate());
            return emit(new BudgetTransferProposed(departmentId, year, id, from.lineId(), c.toLineId(), c.amount(),
                    c.businessDate()), c.businessDate(), meta, id, Map.of(AuditKeys.PROPOSED_BY, proposer, AuditKeys.APPROVED_BY, ""));
        });
    }

    /**
     * The proposal takes effect now, as BudgetAdjusted / BudgetTransferred naming both the proposer and the approver;
     * the rules are checked again against the lines as they stand at approval.
     */
    @CommandHandler
    public Recorded handle(ApproveBudgetProposal c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            LedgerState.Proposal p = pendingProposal(c.proposalId());
            String approver = signer(meta, "审批人");
            if (approver.equals(p.proposedBy())) {
                throw new LedgerException(ErrorCode.SELF_APPROVAL, "提议 " + p.proposalId() + " 由 " + approver + " 提出");
            }
            Map<String, String> decision = new LinkedHashMap<>();
            decision.put(AuditKeys.PROPOSED_BY, p.proposedBy());
            decision.put(AuditKeys.APPROVED_BY, approver);
            decision.put(AuditKeys.PROPOSAL, p.proposalId());
            putIfBlank(decision, meta, AuditKeys.REASON, p.reason());
            putIfBlank(decision, meta, AuditKeys.DOCUMENT, p.document());
            Money amount = Money.ofFen(p.amountFen());
            if (p.transfer()) {
                LedgerState.Line from = checkTransfer(p.fromLineId(), p.toLineId(), amount, p.businessDate());
                emit(new BudgetTransferred(departmentId, year, from.lineId(), p.toLineId(), amount, p.businessDate()),
                        p.businessDate(), meta, from.lineId() + "->" + p.toLineId(), decision);
            } else {
                LedgerState.Line line = checkAdjustment(p.lineId(), p.direction(), amount, p.businessDate());
                emit(new BudgetAdjusted(departmentId, year, line.lineId(), p.direction(), amount, p.businessDate()),
                        p.businessDate(), meta, line.lineId(), decision);
            }
            return new Recorded(p.proposalId(), lastSequence, false);
        });
    }

    /** Refuses a pending proposal with a reason; allowed in a closed year too (it records no budget fact). */
    @CommandHandler
    public Recorded handle(RejectBudgetProposal c, MetaData meta) {
        return once(c, meta, () -> {
            LedgerState.Proposal p = pendingProposal(c.proposalId());
            signer(meta, "驳回人");
            String reason = Checks.text(c.reason(), "驳回理由 reason");
            Map<String, String> decision = new LinkedHashMap<>();
            decision.put(AuditKeys.PROPOSED_BY, p.proposedBy());
            decision.put(AuditKeys.APPROVED_BY, "");
            decision.put(AuditKeys.PROPOSAL, p.proposalId());
            decision.put(AuditKeys.REASON, reason);
            return emit(new BudgetProposalRejected(departmentId, year, p.proposalId(), reason), p.businessDate(), meta,
                    p.proposalId(), decision);
        });
    }

    private void requireMigratedApproval(MetaData meta) {
        if (!"true".equals(String.valueOf(meta.get(AuditKeys.MIGRATION)))) {
            throw new LedgerException(ErrorCode.PROPOSAL_REQUIRED, "请提交调整提议（ProposeBudgetAdjustment / ProposeBudgetTransfer）");
        }
        Object proposedBy = meta.get(AuditKeys.PROPOSED_BY);
        Object approvedBy = meta.get(AuditKeys.APPROVED_BY);
        if (proposedBy != null && approvedBy != null && proposedBy.toString().trim().equals(approvedBy.toString().trim())) {
            throw new LedgerException(ErrorCode.SELF_APPROVAL, "迁移记录的提议人与审批人相同: " + proposedBy);
        }
    }

    /** The line, after the rules of an adjustment: direction, amount, date, 追减 within available, no overflow. */
    private LedgerState.Line checkAdjustment(String lineId, AdjustmentDirection direction, Money amount, LocalDate date) {
        LedgerState.Line line = line(lineId);
        Checks.required(direction, "调整方向 direction（SUPPLEMENT 追加 / REDUCTION 追减）");
        Checks.amount(amount);
        Checks.date(date, year);
        if (direction == AdjustmentDirection.REDUCTION && amount.fen() > line.availableFen()) {
            throw new LedgerException(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE,
                    "指标 " + line.lineId() + " 可用 " + line.available() + " 元，追减 " + amount + " 元");
        }
        if (direction == AdjustmentDirection.SUPPLEMENT) {
            requireRepresentable(line.fullFen(), amount.fen());
        }
        return line;
    }

    /** The source line, after the rules of a transfer: two different lines of one fund nature, within available. */
    private LedgerState.Line checkTransfer(String fromLineId, String toLineId, Money amount, LocalDate date) {
        LedgerState.Line from = line(fromLineId);
        LedgerState.Line to = line(toLineId);
        if (from.lineId().equals(to.lineId())) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "调出和调入指标不能相同");
        }
        if (from.fundNature() != to.fundNature()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "不同资金性质的指标之间不能调剂");
        }
        Checks.amount(amount);
        Checks.date(date, year);
        if (amount.fen() > from.availableFen()) {
            throw new LedgerException(ErrorCode.REDUCTION_EXCEEDS_AVAILABLE,
                    "调出指标 " + from.lineId() + " 可用 " + from.available() + " 元，调剂 " + amount + " 元");
        }
        requireRepresentable(to.fullFen(), amount.fen());
        return from;
    }

    /** A full-year budget past the representable range is refused when proposed, not only when it would be applied. */
    private static void requireRepresentable(long fullFen, long addFen) {
        try {
            Math.addExact(fullFen, addFen);
        } catch (ArithmeticException e) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额合计超出可记录范围");
        }
    }

    /** Who signs a proposal or a decision: the command's recordedBy (the authenticated user), required. */
    private static String signer(MetaData meta, String what) {
        Object by = meta.get(AuditKeys.RECORDED_BY);
        if (by == null || by.toString().isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "须署名（recordedBy）");
        }
        return by.toString().trim();
    }

    private String newProposalId(String requested) {
        if (requested == null || requested.isBlank()) {
            // numbered by the stream position the proposal will take: unique within the year, and the same on replay
            return "TZ-" + (lastSequence + 1);
        }
        String id = Checks.id(requested, "提议编号 proposalId");
        if (proposals.containsKey(id)) {
            throw new LedgerException(ErrorCode.DUPLICATE_PROPOSAL, id);
        }
        return id;
    }

    private LedgerState.Proposal pendingProposal(String proposalId) {
        LedgerState.Proposal p = proposalId == null ? null : proposals.get(proposalId.trim());
        if (p == null) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROPOSAL, String.valueOf(proposalId));
        }
        if (p.status() != LedgerState.ProposalStatus.PENDING) {
            throw new LedgerException(ErrorCode.PROPOSAL_DECIDED, p.proposalId() + "（" + p.status() + "）");
        }
        return p;
    }

    private static void putIfBlank(Map<String, String> into, MetaData meta, String key, String fallback) {
        Object given = meta.get(key);
        if ((given == null || given.toString().isBlank()) && fallback != null) {
            into.put(key, fallback);
        }
    }

    @CommandHandler
    public Recorded handle(ReceiveFunds c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            String receiptId = Checks.id(c.receiptId(), "收入编号");
            if (receipts.contains(receiptId)) {
                throw new LedgerException(ErrorCode.DUPLICATE_RECEIPT, receiptId);
            }
            Checks.required(c.fundNature(), "资金性质 fundNature");
            Checks.amount(c.amount());
            Checks.date(c.businessDate(), year);
            var source = c.source() == null ? budgetledger.core.budget.FundSource.CURRENT_YEAR : c.source();
            return emit(new FundsReceived(departmentId, year, receiptId, c.fundNature(), source, c.amount(), c.businessDate()),
                    c.businessDate(), meta, receiptId);
        });
    }

    @CommandHandler
    public Recorded handle(SetProcurementBudget c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            Checks.nonNegative(c.amount());
            Checks.date(c.businessDate(), year);
            return emit(new ProcurementBudgetSet(departmentId, year, c.amount(), c.businessDate()), c.businessDate(), meta,
                    "procurement");
        });
    }

    @CommandHandler
    public Recorded handle(RecordExpenditure c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            String id = Checks.id(c.expenditureId(), "支出编号");
            if (expenditures.containsKey(id)) {
                throw new LedgerException(ErrorCode.DUPLICATE_EXPENDITURE, id);
            }
            LedgerState.Line line = line(c.lineId());
            Checks.amount(c.amount());
            Checks.date(c.businessDate(), year);
            if (c.economicCode() == null || c.economicCode().isBlank()) {
                throw new LedgerException(ErrorCode.UNKNOWN_ECONOMIC_CODE, "支出须填写经济分类科目");
            }
            String economic = catalogue().requireEconomic(c.economicCode()).value();
            if (economic.length() != 5) {
                // a voucher booked on a 类 (302) would escape the 三公 rule that keys on 款 codes such as 30217
                throw new LedgerException(ErrorCode.UNKNOWN_ECONOMIC_CODE, "支出须细化到款级（5 位）经济分类科目: " + economic);
            }
            ThreePublicCategory threePublic = ThreePublicCategory.of(budgetledger.core.classification.EconomicCode.of(economic))
                    .orElse(null);
            int[] reception = Checks.reception(threePublic, c.receptionBatches(), c.receptionPersons());
            if (c.amount().fen() > line.availableFen()) {
                throw new LedgerException(ErrorCode.BUDGET_EXCEEDED,
                        "指标 " + line.lineId() + " 可用 " + line.available() + " 元，本次支出 " + c.amount() + " 元");
            }
            if (threePublic != null) {
                checkThreePublic(threePublic, c.amount());
            }
            Posting posting = new Posting(line.lineId(), line.kind(), line.fundNature(), line.vintage(),
                    line.functionalCode(), line.projectCode(), economic, threePublic, reception[0], reception[1],
                    c.procurement(), c.amount());
            return emit(new ExpenditureRecorded(departmentId, year, id, c.businessDate(), posting,
                    Checks.optional(c.payee()), Checks.optional(c.voucherNo()), Checks.optional(c.summary())),
                    c.businessDate(), meta, id);
        });
    }

    @CommandHandler
    public Recorded handle(ReverseExpenditure c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            LedgerState.Spent spent = expenditures.get(c.expenditureId());
            if (spent == null) {
                throw new LedgerException(ErrorCode.UNKNOWN_EXPENDITURE, c.expenditureId());
            }
            if (spent.reversed()) {
                throw new LedgerException(ErrorCode.ALREADY_REVERSED, c.expenditureId());
            }
            String reason = Checks.text(c.reason(), "冲销原因");
            Checks.date(c.businessDate(), year);
            if (spent.date() != null && c.businessDate().isBefore(spent.date())) {
                throw new LedgerException(ErrorCode.INVALID_DATE, "冲销日期 " + c.businessDate() + " 早于原支出日期 " + spent.date());
            }
            return emit(new ExpenditureReversed(departmentId, year, c.expenditureId(), c.businessDate(), reason,
                    spent.posting()), c.businessDate(), meta, c.expenditureId());
        });
    }

    @CommandHandler
    public Recorded handle(SetThreePublicLimits c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            Map<ThreePublicCategory, Money> limits = new EnumMap<>(ThreePublicCategory.class);
            limits.put(ThreePublicCategory.ABROAD, c.abroad());
            limits.put(ThreePublicCategory.VEHICLE_PURCHASE, c.vehiclePurchase());
            limits.put(ThreePublicCategory.VEHICLE_OPERATION, c.vehicleOperation());
            limits.put(ThreePublicCategory.RECEPTION, c.reception());
            limits.forEach((cat, limit) -> {
                Checks.nonNegative(limit);
                long spentFen = LedgerState.limitOf(threePublicSpentFen, cat);
                if (limit.fen() < spentFen) {
                    throw new LedgerException(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED,
                            cat.nameZh() + " 已支出 " + Money.ofFen(spentFen) + " 元，控制数不能低于此数");
                }
            });
            Checks.date(c.businessDate(), year);
            return emit(new ThreePublicLimitsSet(departmentId, year, c.abroad(), c.vehiclePurchase(),
                    c.vehicleOperation(), c.reception(), c.businessDate()), c.businessDate(), meta, "threePublic");
        });
    }

    @CommandHandler
    public Recorded handle(RegisterProject c, MetaData meta) {
        return once(c, meta, () -> {
            String code = Checks.id(c.projectCode(), "项目编号");
            if (projects.contains(code)) {
                throw new LedgerException(ErrorCode.DUPLICATE_PROJECT, code);
            }
            Checks.required(c.category(), "项目类别 category");
            return emit(new ProjectRegistered(departmentId, year, code, Checks.text(c.name(), "项目名称"), c.category(),
                    Checks.optional(c.implementingUnit())), yearEnd(), meta, code);
        });
    }

    @CommandHandler
    public Recorded handle(SetPerformanceGoal c, MetaData meta) {
        return once(c, meta, () -> {
            String project = optionalProject(c.projectCode());
            return emit(new PerformanceGoalSet(departmentId, year, project, Checks.text(c.goal(), "绩效目标"),
                    Checks.optional(c.achieved())), yearEnd(), meta, project == null ? "department" : project);
        });
    }

    @CommandHandler
    public Recorded handle(DefineIndicator c, MetaData meta) {
        return once(c, meta, () -> {
            String id = Checks.id(c.indicatorId(), "指标编号");
            if (indicators.containsKey(id)) {
                throw new LedgerException(ErrorCode.DUPLICATE_INDICATOR, id);
            }
            String project = optionalProject(c.projectCode());
            IndicatorDefined defined = IndicatorRules.define(departmentId, year, id, project, c);
            return emit(defined, yearEnd(), meta, id);
        });
    }

    @CommandHandler
    public Recorded handle(RecordIndicatorOutcome c, MetaData meta) {
        return once(c, meta, () -> {
            LedgerState.Indicator indicator = indicators.get(c.indicatorId());
            if (indicator == null) {
                throw new LedgerException(ErrorCode.UNKNOWN_INDICATOR, c.indicatorId());
            }
            LocalDate date = c.businessDate() == null ? yearEnd() : Checks.date(c.businessDate(), year);
            IndicatorOutcomeRecorded outcome = IndicatorRules.outcome(departmentId, year, c, indicator.target(),
                    indicator.weight(), indicator.measure(), date);
            return emit(outcome, date, meta, c.indicatorId());
        });
    }

    @CommandHandler
    public Recorded handle(RecordEvaluationText c, MetaData meta) {
        return once(c, meta, () -> {
            String section = Checks.id(c.section(), "章节 section");
            String text = Checks.text(c.text(), "文字内容");
            return emit(new EvaluationTextRecorded(departmentId, year, section, text), yearEnd(), meta, section);
        });
    }

    @CommandHandler
    public Recorded handle(SubmitSelfEvaluation c, MetaData meta) {
        return once(c, meta, () -> {
            Checks.required(c.figuresAsOf(), "figuresAsOf");
            Checks.text(c.scoreTotal(), "自评得分");
            if (!List.of("优", "良", "中", "差").contains(c.grade())) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "自评等级须为 优/良/中/差");
            }
            return emit(new SelfEvaluationSubmitted(departmentId, year, c.scoreTotal(), c.grade(), c.figuresAsOf(),
                    c.lastSequence(), c.figuresHash()), yearEnd(), meta, "submission");
        });
    }

    @CommandHandler
    public Recorded handle(CloseFiscalYear c, MetaData meta) {
        return onOpenYear(c, meta, () -> {
            Checks.required(c.closingDate(), "结账日期 closingDate");
            if (c.closingDate().isBefore(yearEnd())) {
                throw new LedgerException(ErrorCode.INVALID_DATE, "结账日期不能早于 " + yearEnd());
            }
            Set<String> carry = new HashSet<>(c.carryOverLineIds() == null ? List.of() : c.carryOverLineIds());
            carry.forEach(this::line);
            List<CarriedLine> carried = new ArrayList<>();
            long lapsed = 0;
            for (LedgerState.Line l : lines.values().stream().sorted(java.util.Comparator.comparing(LedgerState.Line::lineId)).toList()) {
                if (l.availableFen() <= 0) {
                    continue;
                }
                if (carry.contains(l.lineId())) {
                    carried.add(new CarriedLine(l.lineId(), l.kind(), l.fundNature(), l.functionalCode(),
                            l.economicCode(), l.projectCode(), l.available()));
                } else {
                    lapsed = Math.addExact(lapsed, l.availableFen());
                }
            }
            return emit(new FiscalYearClosed(departmentId, year, c.closingDate(), carried, Money.ofFen(lapsed)),
                    yearEnd(), meta, "close");
        });
    }

    // ---- state transitions: the only place state changes ----

    @EventSourcingHandler
    void on(LedgerEvent event, MetaData meta, @SequenceNumber long sequence) {
        track(meta, sequence);
        if (event instanceof FiscalYearOpened e) {
            ledgerId = LedgerId.of(e.departmentId(), e.year());
            departmentId = e.departmentId();
            year = e.year();
            hashAlgorithm = e.hashAlgorithm();
            for (CarriedLine l : e.carriedLines()) {
                lines.put(l.lineId(), new LedgerState.Line(l.lineId(), l.kind(), l.fundNature(), Vintage.CARRY_OVER,
                        l.functionalCode(), l.economicCode(), l.projectCode(), l.amount().fen(), 0));
            }
        } else if (event instanceof AppropriationRecorded e) {
            lines.put(e.lineId(), new LedgerState.Line(e.lineId(), e.kind(), e.fundNature(), e.vintage(),
                    e.functionalCode(), e.economicCode(), e.projectCode(), e.amount().fen(), 0));
        } else if (event instanceof BudgetAdjusted e) {
            long delta = e.direction() == AdjustmentDirection.SUPPLEMENT ? e.amount().fen() : -e.amount().fen();
            lines.computeIfPresent(e.lineId(), (k, l) -> l.withFull(delta));
            decide(meta, LedgerState.ProposalStatus.APPROVED);
        } else if (event instanceof BudgetTransferred e) {
            lines.computeIfPresent(e.fromLineId(), (k, l) -> l.withFull(-e.amount().fen()));
            lines.computeIfPresent(e.toLineId(), (k, l) -> l.withFull(e.amount().fen()));
            decide(meta, LedgerState.ProposalStatus.APPROVED);
        } else if (event instanceof BudgetAdjustmentProposed e) {
            proposals.put(e.proposalId(), new LedgerState.Proposal(e.proposalId(), false, e.lineId(), e.direction(),
                    null, null, e.amount().fen(), e.businessDate(), proposer(meta), text(meta, AuditKeys.REASON),
                    text(meta, AuditKeys.DOCUMENT), LedgerState.ProposalStatus.PENDING));
        } else if (event instanceof BudgetTransferProposed e) {
            proposals.put(e.proposalId(), new LedgerState.Proposal(e.proposalId(), true, null, null, e.fromLineId(),
                    e.toLineId(), e.amount().fen(), e.businessDate(), proposer(meta), text(meta, AuditKeys.REASON),
                    text(meta, AuditKeys.DOCUMENT), LedgerState.ProposalStatus.PENDING));
        } else if (event instanceof BudgetProposalRejected e) {
            proposals.computeIfPresent(e.proposalId(), (k, p) -> p.decided(LedgerState.ProposalStatus.REJECTED));
        } else if (event instanceof FundsReceived e) {
            receipts.add(e.receiptId());
        } else if (event instanceof ExpenditureRecorded e) {
            post(e.posting(), 1);
            expenditures.put(e.expenditureId(), new LedgerState.Spent(e.posting(), false, e.businessDate()));
        } else if (event instanceof ExpenditureReversed e) {
            post(e.posting(), -1);
            expenditures.computeIfPresent(e.expenditureId(), (id, s) -> new LedgerState.Spent(s.posting(), true, s.date()));
        } else if (event instanceof ThreePublicLimitsSet e) {
            threePublicLimitFen.put(ThreePublicCategory.ABROAD, e.abroad().fen());
            threePublicLimitFen.put(ThreePublicCategory.VEHICLE_PURCHASE, e.vehiclePurchase().fen());
            threePublicLimitFen.put(ThreePublicCategory.VEHICLE_OPERATION, e.vehicleOperation().fen());
            threePublicLimitFen.put(ThreePublicCategory.RECEPTION, e.reception().fen());
        } else if (event instanceof ProjectRegistered e) {
            projects.add(e.projectCode());
        } else if (event instanceof IndicatorDefined e) {
            indicators.put(e.indicatorId(), new LedgerState.Indicator(e.projectCode(), e.target(), e.weight(), e.measure()));
        } else if (event instanceof FiscalYearClosed) {
            closed = true;
        }
    }

    private void decide(MetaData meta, LedgerState.ProposalStatus status) {
        String id = text(meta, AuditKeys.PROPOSAL);
        if (id != null) {
            proposals.computeIfPresent(id, (k, p) -> p.decided(status));
        }
    }

    private static String proposer(MetaData meta) {
        String by = text(meta, AuditKeys.PROPOSED_BY);
        return by != null ? by : text(meta, AuditKeys.RECORDED_BY);
    }

    private static String text(MetaData meta, String key) {
        Object v = meta.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    private void post(Posting p, int sign) {
        long fen = Math.multiplyExact(p.amount().fen(), (long) sign);
        lines.computeIfPresent(p.lineId(), (k, l) -> l.withExecuted(fen));
        if (p.threePublic() != null) {
            threePublicSpentFen.merge(p.threePublic(), fen, Math::addExact);
        }
    }

    private void track(MetaData meta, long sequence) {
        lastSequence = sequence;
        Object hash = meta.get(AuditKeys.HASH);
        if (hash != null) {
            lastHash = hash.toString();
        }
        Object recordedAt = meta.get(AuditKeys.RECORDED_AT);
        if (recordedAt != null) {
            lastRecordedAt = Instant.parse(recordedAt.toString());
        }
        Object key = meta.get(AuditKeys.IDEMPOTENCY_KEY);
        if (key != null) {
            idempotency.putIfAbsent(key.toString(), new LedgerState.FirstOutcome(
                    String.valueOf(meta.get(AuditKeys.BODY_HASH)), String.valueOf(meta.get(AuditKeys.SUBJECT)), sequence));
        }
    }

    // ---- recording ----

    /** Refuses budget facts once the year is closed; performance statements stay open for the evaluation. */
    private Recorded onOpenYear(Object command, MetaData meta, Supplier<Recorded> body) {
        return once(command, meta, () -> {
            if (closed) {
                throw new LedgerException(ErrorCode.YEAR_CLOSED, departmentId + " " + year + " 年度");
            }
            return body.get();
        });
    }

    /** A repeated idempotency key returns the first outcome; the same key with a different body is refused. */
    private Recorded once(Object command, MetaData meta, Supplier<Recorded> body) {
        Object key = meta.get(AuditKeys.IDEMPOTENCY_KEY);
        // the body's hash is only ever compared under an idempotency key: without one, it is not computed
        pendingBodyHash = key == null ? null : bodyHash(command);
        if (key != null) {
            LedgerState.FirstOutcome first = idempotency.get(key.toString());
            if (first != null) {
                if (!first.bodyHash().equals(pendingBodyHash)) {
                    throw new LedgerException(ErrorCode.IDEMPOTENCY_CONFLICT, key.toString());
                }
                return new Recorded(first.id(), first.sequence(), true);
            }
        }
        return body.get();
    }

    private Recorded emit(Object event, LocalDate businessDate, MetaData commandMeta, String subject) {
        return emit(event, businessDate, commandMeta, subject, Map.of());
    }

    /**
     * Records one event with its audit metadata and hash link. {@code decided} are facts the ledger itself knows
     * better than the command (who proposed, who approved, which proposal): they replace whatever the command said.
     */
    private Recorded emit(Object event, LocalDate businessDate, MetaData commandMeta, String subject,
                          Map<String, String> decided) {
        Instant recordedAt = recordedAt(commandMeta);
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : AuditKeys.FROM_COMMAND) {
            Object v = commandMeta.get(key);
            if (v != null && !v.toString().isBlank()) {
                meta.put(key, v.toString());
            }
        }
        decided.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                meta.remove(key);
            } else {
                meta.put(key, value);
            }
        });
        if (meta.containsKey(AuditKeys.IDEMPOTENCY_KEY)) {
            meta.put(AuditKeys.BODY_HASH, pendingBodyHash);
        }
        meta.put(AuditKeys.SUBJECT, subject);
        meta.put(AuditKeys.BUSINESS_DATE, businessDate.toString());
        meta.put(AuditKeys.RECORDED_AT, recordedAt.toString());
        meta.put(AuditKeys.HASH_ALG, hashAlgorithm);
        meta.put(AuditKeys.PREV_HASH, lastHash);
        meta.put(AuditKeys.HASH, HashChain.link(hashAlgorithm, lastHash, event.getClass().getName(),
                CanonicalPayloads.of(event), meta));
        apply(event, MetaData.from(meta));
        return new Recorded(subject, lastSequence, false);
    }

    private String bodyHash(Object command) {
        return HashChain.digest(HashChain.SHA_256,
                (command.getClass().getName() + LedgerJson.canonical(command)).getBytes(StandardCharsets.UTF_8));
    }

    /** Recorded time is now, or — for an administrator's migration — the original time, never going backwards. */
    private Instant recordedAt(MetaData meta) {
        // milliseconds: the precision the event store keeps, so the signed time and the stored one are the same
        Instant now = GenericEventMessage.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Object migrated = meta.get(AuditKeys.MIGRATED_RECORDED_AT);
        if (migrated == null) {
            return lastRecordedAt != null && now.isBefore(lastRecordedAt) ? lastRecordedAt : now;
        }
        Instant t = Checks.instant(migrated.toString());
        if (t.isAfter(now)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "迁移记录时间不能晚于当前时间: " + t);
        }
        if (lastRecordedAt != null && t.isBefore(lastRecordedAt)) {
            throw new LedgerException(ErrorCode.RECORDED_TIME_BACKWARDS, t + " 早于 " + lastRecordedAt);
        }
        return t;
    }

    private LedgerState.Line line(String lineId) {
        LedgerState.Line line = lineId == null ? null : lines.get(lineId);
        if (line == null) {
            throw new LedgerException(ErrorCode.UNKNOWN_LINE, String.valueOf(lineId));
        }
        return line;
    }

    private void checkThreePublic(ThreePublicCategory category, Money amount) {
        long limit = LedgerState.limitOf(threePublicLimitFen, category);
        long spent = LedgerState.limitOf(threePublicSpentFen, category);
        if (Math.addExact(spent, amount.fen()) > limit) {
            throw new LedgerException(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED, category.nameZh() + " 控制数 "
                    + Money.ofFen(limit) + " 元，已支出 " + Money.ofFen(spent) + " 元，本次 " + amount + " 元");
        }
    }

    private String projectOf(LineKind kind, String projectCode) {
        boolean hasProject = projectCode != null && !projectCode.isBlank();
        if (kind == LineKind.PROJECT && !hasProject) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, "项目支出指标须指明项目");
        }
        if (kind != LineKind.PROJECT && hasProject) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "基本支出指标不能指明项目");
        }
        return hasProject ? optionalProject(projectCode) : null;
    }

    private String optionalProject(String projectCode) {
        if (projectCode == null || projectCode.isBlank()) {
            return null;
        }
        if (!projects.contains(projectCode)) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, projectCode);
        }
        return projectCode;
    }

    private ClassificationCatalogue catalogue() {
        return ClassificationCatalogue.forYear(year);
    }

    private LocalDate yearEnd() {
        return LocalDate.of(year, 12, 31);
    }

    public String ledgerId() {
        return ledgerId;
    }
}
