package budgetledger.core.performance;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The year's performance indicators (绩效指标) — the department's and each project's — and their outcomes. What
 * makes a definition or an outcome acceptable is {@link IndicatorRules}; this keeps what those rules need to know.
 */
public final class Indicators {
    private final Map<String, Terms> byId = new HashMap<>();

    /** What an outcome is judged against: the target, the weight and whether the ledger supplies the actual. */
    record Terms(String projectCode, Target target, String weight, LedgerMeasure measure) {
    }

    public Fact define(DefineIndicator c, DepartmentYear dy, Projects projects) {
        String id = Checks.id(c.indicatorId(), "指标编号");
        if (byId.containsKey(id)) {
            throw new LedgerException(ErrorCode.DUPLICATE_INDICATOR, id);
        }
        String project = projects.optional(c.projectCode());
        return new Fact(IndicatorRules.define(dy.departmentId(), dy.year(), id, project, c), dy.yearEnd(), id);
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

    public void defined(IndicatorDefined e) {
        byId.put(e.indicatorId(), new Terms(e.projectCode(), e.target(), e.weight(), e.measure()));
    }
}
