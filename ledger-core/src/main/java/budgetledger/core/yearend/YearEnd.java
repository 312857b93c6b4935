package budgetledger.core.yearend;

import budgetledger.core.budget.BudgetLine;
import budgetledger.core.budget.BudgetLines;
import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.money.Money;
import budgetledger.core.performance.Projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 开账 and 结账: a year opens with the lines carried from the prior year's close (上年结转), whole and unique; it
 * closes no earlier than 31 December, carrying the named lines' available budget and letting the rest lapse.
 */
public final class YearEnd {
    private YearEnd() {
    }

    /** The opening fact of a department-year; the hash algorithm is the chain's, checked by the caller. */
    public static Fact open(OpenFiscalYear c, String hashAlgorithm) {
        LedgerId.requireDepartmentId(c.departmentId());
        if (c.year() < ClassificationCatalogue.firstYear() || c.year() > 2200) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "预算年度无效: " + c.year() + "（政府收支分类科目最早为 "
                    + ClassificationCatalogue.firstYear() + " 年版，年度须在 " + ClassificationCatalogue.firstYear() + "–2200 之间）");
        }
        List<CarriedLine> carried = c.carriedLines() == null ? List.of() : c.carriedLines();
        requireWhole(carried, ClassificationCatalogue.forYear(c.year()));
        String name = Checks.text(c.departmentName(), "单位名称");
        return new Fact(new FiscalYearOpened(c.departmentId(), name, c.year(), carried, hashAlgorithm),
                LocalDate.of(c.year(), 1, 1), LedgerId.of(c.departmentId(), c.year()));
    }

    /** Lines carried into a new year must be whole: a unique id, kind, fund nature, a known 项 code, a positive amount. */
    private static void requireWhole(List<CarriedLine> lines, ClassificationCatalogue catalogue) {
        Set<String> ids = new HashSet<>();
        for (CarriedLine line : lines) {
            if (line == null) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "结转指标不能为空");
            }
            String id = Checks.id(line.lineId(), "结转指标编号");
            if (!ids.add(id)) {
                throw new LedgerException(ErrorCode.DUPLICATE_LINE, id);
            }
            Checks.required(line.kind(), "结转指标的支出类型 kind");
            Checks.required(line.fundNature(), "结转指标的资金性质 fundNature");
            Money.requireAmount(line.amount());
            catalogue.requireFunctional(line.functionalCode());
        }
    }

    /**
     * 期初结转结余 of a first ledger year: whole lines (as at opening) with new ids and the document they come from.
     * Refused once the prior year is in the ledger — then its close is what carries authority over, never a statement.
     * A declared line is typed from a document, unlike a carried one (which the ledger's own close wrote), so its
     * economic code and project are checked as an appropriation's are, by the same rules and with the same refusals.
     * {@code catalogue}: the year's edition with any codes added to this department-year.
     */
    public static Fact declareOpening(DeclareOpeningBalances c, DepartmentYear dy, BudgetLines existing,
                                      Projects projects, ClassificationCatalogue catalogue) {
        if (c.priorYearInLedger()) {
            throw new LedgerException(ErrorCode.PRIOR_YEAR_IN_LEDGER, (dy.year() - 1)
                    + " 年度已在账本中：期初结转结余由该年度结账带入（开账时 carryOverFromPriorYear: true），不能另行申报");
        }
        String document = Checks.text(c.document(), "期初结转结余的来源文件 document");
        if (c.lines() == null || c.lines().isEmpty()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "期初结转结余至少须有一行 lines");
        }
        requireWhole(c.lines(), catalogue);
        for (CarriedLine line : c.lines()) {
            if (existing.has(line.lineId().trim())) {
                throw new LedgerException(ErrorCode.DUPLICATE_LINE, line.lineId().trim());
            }
            BudgetLines.economicOf(line.economicCode(), catalogue);
            BudgetLines.projectOf(line.kind(), line.projectCode(), projects);
        }
        return new Fact(new OpeningBalancesDeclared(dy.departmentId(), dy.year(), c.lines(), document),
                LocalDate.of(dy.year(), 1, 1), "opening-balances");
    }

    /** The budget lines a year opens with: each carried line, as 上年结转 with nothing yet executed. */
    public static List<BudgetLine> openingLines(FiscalYearOpened e) {
        return openingLines(e.carriedLines());
    }

    /** The 上年结转 budget lines of carried or declared opening lines, with nothing yet executed. */
    public static List<BudgetLine> openingLines(List<CarriedLine> carried) {
        return carried.stream().map(l -> new BudgetLine(l.lineId(), l.kind(), l.fundNature(),
                Vintage.CARRY_OVER, l.functionalCode(), l.economicCode(), l.projectCode(), l.amount().fen(), 0)).toList();
    }

    public static Fact close(CloseFiscalYear c, DepartmentYear dy, BudgetLines lines) {
        Checks.required(c.closingDate(), "结账日期 closingDate");
        if (c.closingDate().isBefore(dy.yearEnd())) {
            throw new LedgerException(ErrorCode.CLOSING_BEFORE_YEAR_END, "结账日期不能早于 " + dy.yearEnd());
        }
        Set<String> carry = new HashSet<>(c.carryOverLineIds() == null ? List.of() : c.carryOverLineIds());
        carry.forEach(lines::require);
        List<CarriedLine> carried = new ArrayList<>();
        long lapsed = 0;
        for (BudgetLine l : lines.sorted()) {
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
        return new Fact(new FiscalYearClosed(dy.departmentId(), dy.year(), c.closingDate(), carried, Money.ofFen(lapsed)),
                dy.yearEnd(), "close");
    }
}
