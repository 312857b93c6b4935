package budgetledger.projections.fold;

/** 绩效目标: the expected goal and, at year end, what was achieved. */
public record Goal(String goal, String achieved) {
}
