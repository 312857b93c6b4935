package budgetledger.app.figures;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.common.IsoTimes;
import budgetledger.projections.figures.FiguresDocument;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** What the folds make of a department-year: its budget lines as they stand, and its key figures. */
@RestController
public class FiguresController {
    private final FiguresService figures;
    private final YearState yearState;
    private final DepartmentDirectory directory;

    public FiguresController(FiguresService figures, YearState yearState, DepartmentDirectory directory) {
        this.figures = figures;
        this.yearState = yearState;
        this.directory = directory;
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}")
    public YearState.State year(@PathVariable String departmentId, @PathVariable int year,
                                @RequestParam(required = false) String asOf,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through) {
        directory.requireYear(departmentId, year);
        return yearState.of(departmentId, year, IsoTimes.asOf(asOf), through);
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/figures")
    public FiguresDocument figures(@PathVariable String departmentId, @PathVariable int year,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through) {
        if (asOf == null && through == null) {
            return figures.live(departmentId, year);
        }
        return figures.replayed(departmentId, year, IsoTimes.asOf(asOf), through);
    }
}
