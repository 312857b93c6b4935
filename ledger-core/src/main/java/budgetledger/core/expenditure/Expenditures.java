package budgetledger.core.expenditure;

import budgetledger.core.budget.BudgetLine;
import budgetledger.core.budget.BudgetLines;
import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.EconomicCode;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;
import budgetledger.core.threepublic.ThreePublicControl;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Expenditures voucher by voucher (支出) and their reversals (冲销). 无预算不支出: an expenditure fits its line's
 * available budget and, for 三公, its category's limit; it is booked on a 款-level (5-digit) economic code. A
 * reversal undoes one expenditure once, with a reason, never dated before it.
 */
public final class Expenditures {
    private final Map<String, Spent> byId = new HashMap<>();

    /** A recorded expenditure, kept so a reversal can be checked and copy its posting. */
    record Spent(Posting posting, boolean reversed, LocalDate date) {
    }

    /**
     * {@code catalogue}: the year's edition with any codes added to this department-year; {@code history}: an
     * administrator's import of history recorded elsewhere (which may lack reception counts).
     */
    public Fact record(RecordExpenditure c, DepartmentYear dy, BudgetLines lines, ThreePublicControl threePublic,
                       ClassificationCatalogue catalogue, boolean history) {
        String id = Checks.id(c.expenditureId(), "支出编号");
        if (byId.containsKey(id)) {
            throw new LedgerException(ErrorCode.DUPLICATE_EXPENDITURE, id);
        }
        BudgetLine line = lines.require(c.lineId());
        Money.requireAmount(c.amount());
        dy.requireDate(c.businessDate());
        String economic = economicCode(c.economicCode(), catalogue);
        if (!line.kind().admits(economic)) {
            throw new LedgerException(ErrorCode.ECONOMIC_CODE_NOT_FOR_LINE, "指标 " + line.lineId() + " 是"
                    + line.kind().nameZh() + "，不能列支经济分类 " + economic);
        }
        ThreePublicCategory category = ThreePublicCategory.of(EconomicCode.of(economic)).orElse(null);
        ThreePublicControl.Reception reception = ThreePublicControl.reception(category, c.receptionBatches(),
                c.receptionPersons(), history);
        if (c.amount().fen() > line.availableFen()) {
            throw new LedgerException(ErrorCode.BUDGET_EXCEEDED,
                    "指标 " + line.lineId() + " 可用 " + line.available() + " 元，本次支出 " + c.amount() + " 元");
        }
        if (category != null) {
            threePublic.checkSpend(category, c.amount());
        }
        Posting posting = new Posting(line.lineId(), line.kind(), line.fundNature(), line.vintage(),
                line.functionalCode(), line.projectCode(), economic, category, reception.batches(), reception.persons(),
                c.procurement(), c.amount());
        return new Fact(new ExpenditureRecorded(dy.departmentId(), dy.year(), id, c.businessDate(), posting,
                Checks.optional(c.payee()), Checks.optional(c.voucherNo()), Checks.optional(c.summary())),
                c.businessDate(), id);
    }

    /** A 款-level code of the year's catalogue: a voucher booked on a 类 (302) would escape the 三公 rule keyed on 30217. */
    private static String economicCode(String code, ClassificationCatalogue catalogue) {
        if (code == null || code.isBlank()) {
            throw new LedgerException(ErrorCode.UNKNOWN_ECONOMIC_CODE, "支出须填写经济分类科目");
        }
        String economic = catalogue.requireEconomic(code).value();
        if (economic.length() != 5) {
            throw new LedgerException(ErrorCode.UNKNOWN_ECONOMIC_CODE, "支出须细化到款级（5 位）经济分类科目: " + economic);
        }
        return economic;
    }

    public Fact reverse(ReverseExpenditure c, DepartmentYear dy) {
        Spent spent = byId.get(c.expenditureId());
        if (spent == null) {
            throw new LedgerException(ErrorCode.UNKNOWN_EXPENDITURE, c.expenditureId());
        }
        if (spent.reversed()) {
            throw new LedgerException(ErrorCode.ALREADY_REVERSED, c.expenditureId());
        }
        String reason = Checks.text(c.reason(), "冲销原因 reason");
        dy.requireDate(c.businessDate());
        if (spent.date() != null && c.businessDate().isBefore(spent.date())) {
            throw new LedgerException(ErrorCode.REVERSAL_BEFORE_EXPENDITURE, "冲销日期 " + c.businessDate() + " 早于原支出日期 " + spent.date());
        }
        return new Fact(new ExpenditureReversed(dy.departmentId(), dy.year(), c.expenditureId(), c.businessDate(),
                reason, spent.posting()), c.businessDate(), c.expenditureId());
    }

    // ---- state changes: an expenditure executes its line and, for 三公, its category; a reversal undoes both ----

    public void recorded(ExpenditureRecorded e, BudgetLines lines, ThreePublicControl threePublic) {
        post(e.posting(), 1, lines, threePublic);
        byId.put(e.expenditureId(), new Spent(e.posting(), false, e.businessDate()));
    }

    public void reversed(ExpenditureReversed e, BudgetLines lines, ThreePublicControl threePublic) {
        post(e.posting(), -1, lines, threePublic);
        byId.computeIfPresent(e.expenditureId(), (id, s) -> new Spent(s.posting(), true, s.date()));
    }

    private static void post(Posting p, int sign, BudgetLines lines, ThreePublicControl threePublic) {
        long fen = Math.multiplyExact(p.amount().fen(), (long) sign);
        lines.execute(p.lineId(), fen);
        if (p.threePublic() != null) {
            threePublic.spend(p.threePublic(), fen);
        }
    }
}
