package budgetledger.core.performance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 定义绩效指标. {@code target} is the text as the form prints it (≥700册, 人均≤2000元, 考核合格); operator/value/unit override the parse when given, and alone (指标性质 "=", 指标值 "100", 度量单位 "%") they are the target as a form writes it in columns. {@code operator}: ≥ ≤ = ＞ ＜ 定性 (ASCII and full-width spellings too) or GE LE EQ GT LT QUALITATIVE. {@code measure} binds the actual to a ledger figure. {@code rule} (optional): a {@link ScoringRule} of the indicator's framework instead of the proportional rules. */
public record DefineIndicator(String departmentId, int year, String indicatorId, String projectCode, String level1, String level2, String name, String target, Operator operator, String targetValue, String unit, String weight, LedgerMeasure measure, ScoringRule rule) implements budgetledger.core.common.LedgerCommand {

    /** Without a scoring rule: the proportional rules of 财预〔2020〕10号. */
    public DefineIndicator(String departmentId, int year, String indicatorId, String projectCode, String level1,
                           String level2, String name, String target, Operator operator, String targetValue,
                           String unit, String weight, LedgerMeasure measure) {
        this(departmentId, year, indicatorId, projectCode, level1, level2, name, target, operator, targetValue, unit,
                weight, measure, null);
    }

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
