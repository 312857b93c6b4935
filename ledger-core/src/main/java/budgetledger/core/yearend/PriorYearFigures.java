package budgetledger.core.yearend;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * 上年比较数: declared prior-year figures are amounts of zero or more under figure names, with their source. Which
 * names a report compares is the figures' business (the application refuses a name they do not know); the ledger
 * keeps the statement whole and sorted, so its hash does not depend on the order a client wrote it in.
 */
public final class PriorYearFigures {
    private PriorYearFigures() {
    }

    public static Fact declare(DeclarePriorYearFigures c, DepartmentYear dy) {
        String document = Checks.text(c.document(), "上年比较数的来源文件 document");
        if (c.figures() == null || c.figures().isEmpty()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "上年比较数至少须有一项 figures");
        }
        Map<String, Money> figures = new TreeMap<>();
        for (Map.Entry<String, Money> e : c.figures().entrySet()) {
            String name = Checks.id(e.getKey(), "上年比较数的指标名");
            Checks.required(e.getValue(), "上年比较数 " + name + " 的金额");
            figures.put(name, Money.requireNonNegative(e.getValue()));
        }
        return new Fact(new PriorYearFiguresDeclared(dy.departmentId(), dy.year(), figures, document),
                LocalDate.of(dy.year(), 1, 1), "prior-year-figures");
    }
}
