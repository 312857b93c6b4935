package budgetledger.app.audit;

import budgetledger.app.figures.FiguresService;
import budgetledger.core.common.IsoTimes;
import budgetledger.projections.trail.FigureTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** For every figure, the events behind it; and the self-evaluations as submitted. */
@RestController
public class TrailController {
    private final FiguresService figures;
    private final Submissions submissions;

    public TrailController(FiguresService figures, Submissions submissions) {
        this.figures = figures;
        this.submissions = submissions;
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/figures/{name}/events")
    public FigureTrail.Trail trail(@PathVariable String departmentId, @PathVariable int year, @PathVariable String name,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through) {
        return figures.trail(departmentId, year, name, IsoTimes.asOf(asOf), through);
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/submissions")
    public List<Submissions.Submission> submissions(@PathVariable String departmentId, @PathVariable int year) {
        figures.requireYear(departmentId, year);
        return submissions.of(departmentId, year);
    }
}
