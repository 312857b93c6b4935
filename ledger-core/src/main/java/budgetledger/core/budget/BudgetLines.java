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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The year's budget lines (预算指标) and the rules of appropriating one (下达指标): a new id, kind and fund nature,
 * a 项-level (7-digit) functional code of the year's catalogue, a project exactly when the line is a project line,
 * an amount of zero or more (年初 0.00, to be supplemented, is how a budget that starts at nothing is written).
 */
public final class BudgetLines {
    private final Map<String, BudgetLine> byId = new HashMap<>();
    /** What first named each line after its appropriation (an expenditure, an adjustment, a transfer): a line so
     * referred to is part of the year's money and never leaves with a withdrawn project. */
    private final Map<String, String> referredBy = new HashMap<>();
    /** Lines the year opened with (上年结转 carried by the prior close or declared for a first year). */
    private final Set<String> opening = new HashSet<>();

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
        String economic = economicOf(c.economicCode(), catalogue);
        String project = projectOf(c.kind(), c.projectCode(), projects);
        Vintage vintage = c.vintage() == null ? Vintage.CURRENT_YEAR : c.vintage();
        return new Fact(new AppropriationRecorded(dy.departmentId(), dy.year(), lineId, c.kind(), c.fundNature(), vintage,
                functional, economic, project, c.amount(), c.initial(), c.businessDate()), c.businessDate(), lineId);
    }

    /** A line's economic code: none (blank), or one of the catalogue's (UNKNOWN_ECONOMIC_CODE otherwise). */
    public static String economicOf(String economicCode, ClassificationCatalogue catalogue) {
        return economicCode == null || economicCode.isBlank() ? null : catalogue.requireEconomic(economicCode).value();
    }

    /** 项目支出 lines name a registered project; 基本支出 lines name none. */
    public static String projectOf(LineKind kind, String projectCode, Projects projects) {
        boolean hasProject = projectCode != null && !projectCode.isBlank();
        if (kind == LineKind.PROJECT && !hasProject) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, "项目支出指标须指明项目");
        }
        if (kind != LineKind.PROJECT && hasProject) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "基本支出指标不能指明项目 projectCode");
        }
        return projects.optional(projectCode);
    }

    /**
     * 撤回项目登记 takes the project's budget lines with it — the natural reading of "this project was registered by
     * mistake": its 下达 line was part of the same mistake, and a finance officer would not expect to undo it line by
     * line first (nor is a line alone a registration the issue lets anyone withdraw). But only lines that are still
     * exactly the appropriation that created them: a line some expenditure (even one reversed since: the voucher
     * stays in the history and names it), an approved 追加/追减 or 调剂 (a budget document, and for 调剂 money now
     * on another line), or a pending proposal refers to is real money, and the project stays. So do lines the year
     * opened with (上年结转 is the prior year's money, not this year's registration) and every line once the year is
     * closed (its balance was carried or lapsed in the close). Returns the ids of the lines that go, by id.
     */
    public List<String> withdrawnWith(String projectCode, boolean yearClosed, Function<String, Optional<String>> pending) {
        List<String> going = new ArrayList<>();
        for (BudgetLine l : sorted()) {
            if (!projectCode.equals(l.projectCode())) {
                continue;
            }
            String id = l.lineId();
            String why = opening.contains(id) ? "为上年结转指标"
                    : yearClosed ? "已在年终结账中结转或收回"
                    : referredBy.containsKey(id) ? "已有" + referredBy.get(id)
                    : pending.apply(id).map(p -> "有待审批的调整提议 " + p).orElse(null);
            if (why != null) {
                throw new LedgerException(ErrorCode.REGISTRATION_IN_USE,
                        "项目 " + projectCode + " 的预算指标 " + id + " " + why + "，不能撤回");
            }
            going.add(id);
        }
        return going;
    }

    // ---- state changes ----

    /** An opening line (上年结转): carried by the prior close or declared for a first ledger year. */
    public void addOpening(BudgetLine line) {
        byId.put(line.lineId(), line);
        opening.add(line.lineId());
    }

    /** An expenditure, an adjustment or a transfer named the line (the first one is what a refusal names). */
    public void referred(String lineId, String what) {
        referredBy.putIfAbsent(lineId, what);
    }

    /** The lines a project withdrawal took with it: gone, so their ids may be appropriated again. */
    public void withdrawn(List<String> lineIds) {
        for (String id : lineIds == null ? List.<String>of() : lineIds) {
            byId.remove(id);
            referredBy.remove(id);
        }
    }

    public void add(AppropriationRecorded e) {
        byId.put(e.lineId(), new BudgetLine(e.lineId(), e.kind(), e.fundNature(), e.vintage(), e.functionalCode(), e.economicCode(),
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
