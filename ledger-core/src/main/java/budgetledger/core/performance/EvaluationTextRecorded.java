package budgetledger.core.performance;

/** Recorded prose for a section of the self-evaluation report (a later one replaces an earlier one). */
@org.axonframework.serialization.Revision("1")
public record EvaluationTextRecorded(String departmentId, int year, String section, String text) implements budgetledger.core.common.LedgerEvent {
}
