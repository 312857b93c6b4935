package budgetledger.app.audit;

import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The submitted versions of a department-year's self-evaluation (自评提交版本), each with who submitted it, when,
 * the score and grade as submitted and the moment its figures were computed at — read from the events themselves,
 * so a reviewer can reopen any version exactly as it was submitted.
 */
@Component
public class Submissions {
    private final StoredEvents events;

    public Submissions(StoredEvents events) {
        this.events = events;
    }

    public record Submission(long sequence, Instant recordedAt, String recordedBy, String scoreTotal, String grade,
                             Instant figuresAsOf, long lastSequence, String figuresHash) {
    }

    /** Every submission of the year, oldest first. */
    public List<Submission> of(String departmentId, int year) {
        return events.stream(LedgerId.of(departmentId, year)).stream()
                .filter(e -> e.payload() instanceof SelfEvaluationSubmitted)
                .map(e -> {
                    SelfEvaluationSubmitted s = (SelfEvaluationSubmitted) e.payload();
                    return new Submission(e.sequence(), e.recordedTime(), e.metadata().get(AuditKeys.RECORDED_BY),
                            s.scoreTotal(), s.grade(), s.figuresAsOf(), s.lastSequence(), s.figuresHash());
                }).toList();
    }

    /** The submission recorded as event {@code sequence}; refused with a Chinese message when there is none. */
    public Submission find(String departmentId, int year, long sequence) {
        return of(departmentId, year).stream().filter(s -> s.sequence() == sequence).findFirst()
                .orElseThrow(() -> new LedgerException(ErrorCode.NOT_FOUND,
                        "第 " + sequence + " 号事件不是 " + departmentId + " " + year + " 年度的自评提交"));
    }
}
