package budgetledger.projections.fold;

import java.time.Instant;

/** A submitted self-evaluation: the score and grade as submitted and the point in history they were computed at. */
public record Submission(String scoreTotal, String grade, Instant figuresAsOf, long lastSequence, String figuresHash,
                         long sequence) {
}
