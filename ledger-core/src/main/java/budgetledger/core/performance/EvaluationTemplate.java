package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 评价模板: one evaluation form as a province prints it, shipped as data ({@code templates/<key>.json}, read by
 * {@link EvaluationTemplates}) and naming its source document. It says which parts the evaluation has and their
 * weights (预算执行 10 + 产出 / 效益 / 满意度 …, adding up to 100), which fund rows its form shows, which project
 * categories it offers, and how it is printed. A goal ({@link SetPerformanceGoal}) chooses one; the execution
 * weight of the evaluation is its template's (or the goal's override), never a server setting.
 *
 * @param scope      a department's 整体支出 evaluation or a project's 项目支出 self-evaluation
 * @param parts      the parts in the form's order; exactly one is the execution part (预算执行率)
 * @param fundRows   the rows under 年度资金总额 (项目支出绩效自评表), each the sum of the ledger's fund rows it names
 *                   ({@link #LEDGER_FUND_ROWS}); a row naming none prints empty: the ledger records no such money
 * @param categories the 项目类别 a project evaluated on this template may take
 */
public record EvaluationTemplate(String key, String name, Scope scope, String source, List<Part> parts,
                                 List<FundRow> fundRows, List<Category> categories, Print print) {
    /** The fund rows the ledger computes for every project (projections' ProjectFundRow keys). */
    public static final Set<String> LEDGER_FUND_ROWS = Set.of("currentYear", "carryOver", "other");
    /** The part that scores the execution rate; the others are 一级指标 matched by the start of their name. */
    public static final String EXECUTION_PART = "预算执行";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Scope { DEPARTMENT, PROJECT }

    /** A part of the evaluation (预算执行, 产出, 效益 …) and its weight. */
    public record Part(String name, BigDecimal weight) {
    }

    /** A row of 年度资金总额 and the ledger fund rows it adds up. */
    public record FundRow(String label, List<String> funds) {
    }

    /** A 项目类别: {@code key} names it in figures ({@code project.category.<key>.budget}). */
    public record Category(String key, String name) {
    }

    /**
     * How the forms are printed. {@code basicDataBudget}: what 附件1's 预算数 column shows for 项目支出 — FULL
     * (全年预算数, 财预〔2020〕10号 forms) or INITIAL (年初预算数, the older 基础数据表); {@code basicDataLastRow}:
     * its last row — BASIC (部门基本支出预算调整) or WHOLE (部门整体支出预算调整: 年初 → 调整后).
     */
    public record Print(String formTitle, String basicDataBudget, String basicDataLastRow) {
        public boolean initialBudgetColumn() {
            return "INITIAL".equals(basicDataBudget);
        }

        public boolean wholeAdjustmentRow() {
            return "WHOLE".equals(basicDataLastRow);
        }
    }

    public EvaluationTemplate {
        parts = parts == null ? List.of() : List.copyOf(parts);
        fundRows = fundRows == null ? List.of() : List.copyOf(fundRows);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The weight of 预算执行. */
    public BigDecimal executionWeight() {
        return weights().get(EXECUTION_PART);
    }

    /**
     * The 一级指标 part an indicator's {@code level1} belongs to: the part other than 预算执行 its name starts with
     * (产出指标 → 产出). Empty when the template has no such part (满意度指标 on a form without 满意度).
     */
    public Optional<Part> partOf(String level1) {
        String l = level1 == null ? "" : level1.trim();
        return parts.stream().filter(p -> !EXECUTION_PART.equals(p.name()) && l.startsWith(p.name())).findFirst();
    }

    /** Part name → weight, in the form's order. */
    public Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> w = new java.util.LinkedHashMap<>();
        parts.forEach(p -> w.put(p.name(), p.weight()));
        return w;
    }

    /**
     * This template's weights with a goal's override (part name → weight): each overridden part must be one of the
     * template's, its weight a number from 0 to 100. Whether the whole adds up to 100 is the goal's check.
     */
    public Map<String, BigDecimal> weightsWith(Map<String, String> override) {
        Map<String, BigDecimal> w = weights();
        if (override == null) {
            return w;
        }
        override.forEach((part, value) -> {
            String name = part == null ? "" : part.trim();
            if (!w.containsKey(name)) {
                throw new LedgerException(ErrorCode.INVALID_WEIGHTS, "评价模板 " + key + " 没有“" + name + "”部分，可调整 "
                        + String.join("、", w.keySet()));
            }
            w.put(name, weight(value, name));
        });
        return w;
    }

    private static BigDecimal weight(String value, String part) {
        try {
            BigDecimal w = new BigDecimal(value == null ? "" : value.trim());
            if (w.signum() >= 0 && w.compareTo(HUNDRED) <= 0) {
                return w;
            }
        } catch (NumberFormatException e) {
            // refused below, with the part named
        }
        throw new LedgerException(ErrorCode.INVALID_WEIGHTS, "“" + part + "”的权重须为 0 至 100 的数，收到 " + value);
    }

    /** A shipped template must be whole: a key, a scope, a source, an execution part, weights adding up to 100. */
    EvaluationTemplate checked() {
        if (key == null || key.isBlank() || scope == null || source == null || source.isBlank() || print == null) {
            throw new IllegalStateException("评价模板 " + key + " 缺少 key、scope、source 或 print");
        }
        if (executionWeight() == null) {
            throw new IllegalStateException("评价模板 " + key + " 缺少“" + EXECUTION_PART + "”部分");
        }
        requireHundred(weights(), "评价模板 " + key);
        fundRows.forEach(r -> {
            if (!LEDGER_FUND_ROWS.containsAll(r.funds())) {
                throw new IllegalStateException("评价模板 " + key + " 的资金行 " + r.label() + " 只能由 "
                        + LEDGER_FUND_ROWS + " 组成");
            }
        });
        return this;
    }

    /** Weights that do not add up to 100 are refused, the message naming their sum. */
    static void requireHundred(Map<String, BigDecimal> weights, String what) {
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0 || weights.values().stream().anyMatch(w -> w.signum() < 0)) {
            throw new LedgerException(ErrorCode.INVALID_WEIGHTS, what + " 的各部分权重合计为 "
                    + sum.stripTrailingZeros().toPlainString() + "，须为 100（" + describe(weights) + "）");
        }
    }

    static String describe(Map<String, BigDecimal> weights) {
        StringBuilder b = new StringBuilder();
        weights.forEach((k, v) -> b.append(b.isEmpty() ? "" : " + ").append(k).append(' ')
                .append(v.stripTrailingZeros().toPlainString()));
        return b.toString();
    }
}
