package budgetledger.core.budget;

import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;
import budgetledger.core.performance.Projects;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's budget lines (预算指标) and the rules of appropriating one (下达指标): a new id, kind and fund nature,
 * a 项-level (7-digit) functional code of the year's catalogue, a project exactly when the line is a project line,
 * an amount of zero or more (年初 0.00, to be supplemented, is how a budget that starts at nothing is written).
 */
public final class BudgetLines {
    private final Map<String, BudgetLine> byId = new HashMap<>();

    /** The line, or UNKNOWN_LINE. */
    public BudgetLine require(String lineId) {
        BudgetLine line = lineId == null ? null : byId.get(lineId);
        if (line == null) {
            throw new LedgerException(ErrorCode.UNKNOWN_LINE, String.valueOf(lineId));
        }
        return line;
    }

    public boolean has(String lineId) {
        return byId.containsKey(lineId);
    }

    /** Every line, by id: the order a year-end close lists carried lines in. */
    public List<BudgetLine> sorted() {
        return byId.values().stream().sorted(Comparator.comparing(BudgetLine::lineId)).toList();
    }

    /** {@code catalogue}: the year's edition with any codes added to this department-year ({@code AddedCodes}). */
    public Fact appropriate(RecordAppropriation c, DepartmentYear dy, Projects projects,
                            ClassificationCatalogue catalogue) {
        String lineId = Checks.id(c.lineId(), "预算指标编号 lineId");
        if (byId.containsKey(lineId)) {
            throw new LedgerException(ErrorCode.DUPLICATE_LINE, lineId);
        }
        Checks.required(c.kind(), "支出类型 kind");
        Checks.required(c.fundNature(), "资金性质 fundNature");
        // 年初 0.00 is a real appropriation (a project budgeted at zero and supplemented later), never a negative one
        Money.requireNonNegative(c.amount());
        dy.requireDate(c.businessDate());
        if (c.functionalCode() == null || c.functionalCode().trim().length() != 7) {
            throw new LedgerException(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, "预算指标须细化到项级（7 位）科目: " + c.functionalCode());
        }
        String functional = catalogue.requireFunctional(c.functionalCode()).value();
        String economic = c.economicCode() == null || c.economicCode().isBlank() ? null
                : catalogue.requireEconomic(c.economicCode()).value();
        String project = projectOf(c.kind(), c.projectCode(), projects);
        Vintage vintage = c.vintage() == null ? Vintage.CURRENT_YEAR : c.vintage();
        return new Fact(new AppropriationRecorded(dy.departmentId(), dy.year(), lineId, c.kind(), c.fundNature(), vintage,
                functional, economic, project, c.amount(), c.initial(), c.businessDate()), c.businessDate(), lineId);
    }

    /** 项目支出 lines name a registered project; 基本支出 lines name none. */
    private static String projectOf(LineKind kind, String projectCode, Projects projects) {
        boolean hasProject = projectCode != null && !projectCode.isBlank();
        if (kind == LineKind.PROJECT && !hasProject) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, "项目支出指标须指明项目");
        }
        if (kind != LineKind.PROJECT && hasProject) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "基本支出指标不能指明项目 projectCode");
        }
        return projects.optional(projectCode);
    }

    // ---- state changes ----

    /** Whether any line — appropriated, carried or spent on — names the project (such a project stays). */
    public boolean anyOfProject(String projectCode) {
        return byId.values().stream().anyMatch(l -> projectCode.equals(l.projectCode()));
    }

    public void add(BudgetLine line) {
        byId.put(line.lineId(), line);
    }

    public void add(AppropriationRecorded e) {
        add(new BudgetLine(e.lineId(), e.kind(), e.fundNature(), e.vintage(), e.functionalCode(), e.economicCode(),
                e.projectCode(), e.amount().fen(), 0));
    }

    /** 追加 (+) or 追减 / 调出 (−) of the full-year budget. */
    public void changeFull(String lineId, long deltaFen) {
        byId.computeIfPresent(lineId, (k, l) -> l.withFull(deltaFen));
    }

    /** An expenditure (+) or its reversal (−) against the line. */
    public void execute(String lineId, long fen) {
        byId.computeIfPresent(lineId, (k, l) -> l.withExecuted(fen));
    }
}
