package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.Collection;
import java.util.List;

/**
 * An indicator's 一级指标 must be a part of its evaluation's template (docs/scoring.md, 评价模板): a part's weight
 * caps what its indicators score, so an indicator under a part the form does not have (满意度 on the provincial
 * 10/60/30 form) could only score nothing or, worse, points the form has no room for. The same holds when a goal
 * moves its evaluation to another template (or is withdrawn, back to the default): the indicators already
 * registered must fit the new one, otherwise they are withdrawn first.
 */
public final class IndicatorParts {
    private IndicatorParts() {
    }

    /** The template's part the indicator belongs to; PART_NOT_IN_TEMPLATE when it has none. */
    static EvaluationTemplate.Part require(EvaluationTemplate template, String level1) {
        String l = level1 == null ? "" : level1.trim();
        if (l.startsWith(EvaluationTemplate.EXECUTION_PART)) {
            // the execution part is scored from the ledger's own rate (R1–R3), never from registered indicators
            throw new LedgerException(ErrorCode.PART_NOT_IN_TEMPLATE, "“" + EvaluationTemplate.EXECUTION_PART
                    + "”按预算执行率计分，不能作为绩效指标的一级指标登记；评价模板 " + template.key() + " 的一级指标为 "
                    + indicatorParts(template));
        }
        return template.partOf(l).orElseThrow(() -> new LedgerException(ErrorCode.PART_NOT_IN_TEMPLATE,
                "一级指标“" + l + "”不在评价模板 " + template.key() + "（" + template.name() + "）中，该模板的一级指标为 "
                        + indicatorParts(template) + "，未登记"));
    }

    /**
     * A goal choosing {@code template} (or a withdrawal returning to it) with indicators already registered under
     * {@code level1s}: each must be one of its parts.
     */
    static void requireAll(EvaluationTemplate template, Collection<String> level1s) {
        List<String> misfits = level1s.stream().distinct().filter(l -> template.partOf(l).isEmpty()).sorted().toList();
        if (!misfits.isEmpty()) {
            throw new LedgerException(ErrorCode.PART_NOT_IN_TEMPLATE, "已登记的绩效指标有一级指标 "
                    + String.join("、", misfits) + "，评价模板 " + template.key() + " 没有这些部分（其一级指标为 "
                    + indicatorParts(template) + "）；须先撤回这些指标");
        }
    }

    private static String indicatorParts(EvaluationTemplate template) {
        return String.join("、", template.parts().stream().map(EvaluationTemplate.Part::name)
                .filter(n -> !EvaluationTemplate.EXECUTION_PART.equals(n)).toList());
    }
}
