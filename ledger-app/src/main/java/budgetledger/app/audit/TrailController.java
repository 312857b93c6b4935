package budgetledger.app.audit;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerId;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.projections.trail.FigureTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** For every figure, the events behind it; and the self-evaluations as submitted. */
@RestController
public class TrailController {
    private final FiguresService figures;
    private final StoredEvents events;

    public TrailController(FiguresService figures, StoredEvents events) {
        this.figures = figures;
        this.events = events;
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/figures/{name}/events")
    public FigureTrail.Trail trail(@PathVariable String departmentId, @PathVariable int year, @PathVariable String name,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through) {
        return figures.trail(departmentId, year, name, IsoTimes.asOf(asOf), through);
    }

    public record Submission(long sequence, Instant recordedAt, String recordedBy, String scoreTotal, String grade,
                             Instant figuresAsOf, long lastSequence, String figuresHash) {
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/submissions")
    public List<Submission> submissions(@PathVariable String departmentId, @PathVariable int year) {
        figures.requireYear(departmentId, year);
        return events.stream(LedgerId.of(departmentId, year)).stream()
                .filter(e -> e.payload() instanceof SelfEvaluationSubmitted)
                .map(e -> {
                    SelfEvaluationSubmitted s = (SelfEvaluationSubmitted) e.payload();
                    return new Submission(e.sequence(), e.recordedTime(), e.metadata().get(AuditKeys.RECORDED_BY),
                            s.scoreTotal(), s.grade(), s.figuresAsOf(), s.lastSequence(), s.figuresHash());
                }).toList();
    }
}
