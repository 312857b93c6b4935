package budgetledger.core.budget;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;

import java.util.HashSet;
import java.util.Set;

/** Income by fund nature (收入): each receipt once, with a positive amount in the year; and the 政府采购 budget. */
public final class Receipts {
    private final Set<String> ids = new HashSet<>();

    public Fact receive(ReceiveFunds c, DepartmentYear dy) {
        String receiptId = Checks.id(c.receiptId(), "收入编号 receiptId");
        if (ids.contains(receiptId)) {
            throw new LedgerException(ErrorCode.DUPLICATE_RECEIPT, receiptId);
        }
        Checks.required(c.fundNature(), "资金性质 fundNature");
        Money.requireAmount(c.amount());
        dy.requireDate(c.businessDate());
        FundSource source = c.source() == null ? FundSource.CURRENT_YEAR : c.source();
        return new Fact(new FundsReceived(dy.departmentId(), dy.year(), receiptId, c.fundNature(), source, c.amount(),
                c.businessDate()), c.businessDate(), receiptId);
    }

    /** 政府采购预算: a control figure, zero allowed. */
    public static Fact setProcurementBudget(SetProcurementBudget c, DepartmentYear dy) {
        Money.requireNonNegative(c.amount());
        dy.requireDate(c.businessDate());
        return new Fact(new ProcurementBudgetSet(dy.departmentId(), dy.year(), c.amount(), c.businessDate()),
                c.businessDate(), "procurement");
    }

    public void received(FundsReceived e) {
        ids.add(e.receiptId());
    }
}
