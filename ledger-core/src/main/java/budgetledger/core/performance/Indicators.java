package budgetledger.core.performance;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The year's performance indicators (绩效指标) — the department's and each project's — and their outcomes. What
 * makes a definition or an outcome acceptable is {@link IndicatorRules}; this keeps what those rules need to know.
 */
public final class Indicators {
    private final Map<String, Terms> byId = new HashMap<>();
    /** Indicators with an outcome recorded: an outcome is a fact about the indicator, so it can no longer be withdrawn. */
    private final Set<String> measured = new HashSet<>();

    /** What an outcome is judged against: the target, the weight and whether the ledger supplies the actual. */
    record Terms(String projectCode, String level1, Target target, String weight, LedgerMeasure measure) {
    }

    public Fact define(DefineIndicator c, DepartmentYear dy, Projects projects) {
        String id = Checks.id(c.indicatorId(), "指标编号");
        if (byId.containsKey(id)) {
            throw new LedgerException(ErrorCode.DUPLICATE_INDICATOR, id);
        }
        String project = projects.optional(c.projectCode());
        IndicatorDefined defined = IndicatorRules.define(dy.departmentId(), dy.year(), id, project, c);
        IndicatorParts.require(projects.template(project), defined.level1());
        return new Fact(defined, dy.yearEnd(), id);
    }

    /** An outcome is dated at year end unless the command says when it was measured. */
    public Fact outcome(RecordIndicatorOutcome c, DepartmentYear dy) {
        Terms terms = byId.get(c.indicatorId());
        if (terms == null) {
            throw new LedgerException(ErrorCode.UNKNOWN_INDICATOR, c.indicatorId());
        }
        LocalDate date = c.businessDate() == null ? dy.yearEnd() : dy.requireDate(c.businessDate());
        return new Fact(IndicatorRules.outcome(dy.departmentId(), dy.year(), c, terms.target(), terms.weight(),
                terms.measure(), date), date, c.indicatorId());
    }

    /** 撤回登记: only an indicator no outcome has been recorded for. */
    public Fact withdraw(WithdrawIndicator c, DepartmentYear dy) {
        String id = c.indicatorId() == null ? null : c.indicatorId().trim();
        if (id == null || !byId.containsKey(id)) {
            throw new LedgerException(ErrorCode.UNKNOWN_INDICATOR, c.indicatorId());
        }
        String reason = Checks.text(c.reason(), "撤回理由 reason");
        if (measured.contains(id)) {
            throw new LedgerException(ErrorCode.REGISTRATION_IN_USE, "绩效指标 " + id + " 已记录完成值，不能撤回");
        }
        return new Fact(new IndicatorWithdrawn(dy.departmentId(), dy.year(), id, reason), dy.yearEnd(), id);
    }

    /** Whether an indicator in force belongs to the project (a project with indicators is not withdrawn). */
    public boolean anyOfProject(String projectCode) {
        return byId.values().stream().anyMatch(t -> projectCode.equals(t.projectCode()));
    }

    /** The 一级指标 of the department's ({@code projectCode} null) or a project's indicators in force. */
    public List<String> level1sOf(String projectCode) {
        return byId.values().stream().filter(t -> Objects.equals(projectCode, t.projectCode())).map(Terms::level1)
                .toList();
    }

    public void outcomeRecorded(IndicatorOutcomeRecorded e) {
        measured.add(e.indicatorId());
    }

    public void withdrawn(IndicatorWithdrawn e) {
        byId.remove(e.indicatorId());
        measured.remove(e.indicatorId());
    }

    public void defined(IndicatorDefined e) {
        byId.put(e.indicatorId(), new Terms(e.projectCode(), e.level1(), e.target(), e.weight(), e.measure()));
    }
}
