package budgetledger.projections.fold;

import java.util.Map;

/**
 * 绩效目标: the expected goal and, at year end, what was achieved; the evaluation template it chose (null: a goal
 * recorded before templates, evaluated on its scope's default) and the weights it overrides, with their reason.
 */
public record Goal(String goal, String achieved, String template, Map<String, String> weights, String weightsReason) {
    public Goal(String goal, String achieved) {
        this(goal, achieved, null, null, null);
    }
}
