package budgetledger.core.performance;

/** The self-evaluation as submitted. */
@org.axonframework.serialization.Revision("1")
public record SelfEvaluationSubmitted(String departmentId, int year, String scoreTotal, String grade, java.time.Instant figuresAsOf, long lastSequence, String figuresHash) implements budgetledger.core.common.LedgerEvent {
}
