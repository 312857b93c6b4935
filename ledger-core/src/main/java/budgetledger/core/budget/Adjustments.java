package budgetledger.core.budget;

import budgetledger.core.audit.CommandAudit;
import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;

import java.time.LocalDate;

/**
 * The rules of changing a line's full-year budget: 追加 / 追减 of one line, 调剂 between two. Checked when proposed
 * and again when approved, against the lines as they stand then.
 */
public final class Adjustments {
    private Adjustments() {
    }

    /**
     * An adjustment recorded directly, as already approved: only an administrator's migration of history approved
     * elsewhere may do this; everyone else proposes and a different approver approves ({@link Proposals}).
     */
    public static Fact adjustDirectly(AdjustBudget c, CommandAudit audit, BudgetLines lines, DepartmentYear dy) {
        requireMigratedApproval(audit);
        BudgetLine line = checkAdjustment(lines, c.lineId(), c.direction(), c.amount(), c.businessDate(), dy);
        return new Fact(new BudgetAdjusted(dy.departmentId(), dy.year(), line.lineId(), c.direction(), c.amount(),
                c.businessDate()), c.businessDate(), line.lineId());
    }

    /** A transfer recorded directly, as already approved: an administrator's migration only. */
    public static Fact transferDirectly(TransferBudget c, CommandAudit audit, BudgetLines lines, DepartmentYear dy) {
        requireMigratedApproval(audit);
        BudgetLine from = checkTransfer(lines, c.fromLineId(), c.toLineId(), c.amount(), c.businessDate(), dy);
        return new Fact(new BudgetTransferred(dy.departmentId(), dy.year(), from.lineId(), c.toLineId(), c.amount(),
                c.businessDate()), c.businessDate(), from.lineId() + "->" + c.toLineId());
    }

    private static void requireMigratedApproval(CommandAudit audit) {
        if (!audit.migration()) {
            throw new LedgerException(ErrorCode.PROPOSAL_REQUIRED, "请提交调整提议（ProposeBudgetAdjustment / ProposeBudgetTransfer）");
        }
        if (audit.proposedBy() != null && audit.proposedBy().trim().equals(
                audit.approvedBy() == null ? null : audit.approvedBy().trim())) {
            throw new LedgerException(ErrorCode.SELF_APPROVAL, "迁移记录的提议人与审批人相同: " + audit.proposedBy());
        }
    }

    /** The line, after the rules of an adjustment: direction, amount, date, 追减 within available, no overflow. */
    static BudgetLine checkAdjustment(BudgetLines lines, String lineId, AdjustmentDirection direction, Money amount,
                                      LocalDate date, DepartmentYear dy) {
        BudgetLine line = lines.require(lineId);
        Checks.required(direction, "调整方向 direction（SUPPLEMENT 追加 / REDUCTION 追减）");
        Money.requireAmount(amount);
        dy.requireDate(date);
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
    static BudgetLine checkTransfer(BudgetLines lines, String fromLineId, String toLineId, Money amount,
                                    LocalDate date, DepartmentYear dy) {
        BudgetLine from = lines.require(fromLineId);
        BudgetLine to = lines.require(toLineId);
        if (from.lineId().equals(to.lineId())) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "调入指标 toLineId 不能与调出指标相同");
        }
        if (from.fundNature() != to.fundNature()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "不同资金性质的指标之间不能调剂");
        }
        Money.requireAmount(amount);
        dy.requireDate(date);
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
}
