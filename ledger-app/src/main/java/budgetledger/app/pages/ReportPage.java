package budgetledger.app.pages;

import budgetledger.app.audit.Submissions;
import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.report.ReportService;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.Permissions;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.report.Report;
import budgetledger.projections.report.ReportFormat;
import budgetledger.projections.trail.FigureTrail;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-evaluation report of a department-year as of a chosen moment: the very HTML the API and the PDF print
 * (ReportService), framed in the page so its headings and print styles stay its own; the key figures, each amount
 * linked to the events behind it; the submitted versions, each reopening the report as submitted; and the
 * events page of one figure (FiguresService#trail, the API's trail).
 */
@Controller
public class ReportPage {
    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\"");
    /** The key figures the page lists: the budget, what was spent and the rate between them, the score. */
    static final List<FigureName> KEY = List.of(FigureNames.BUDGET_INITIAL, FigureNames.BUDGET_FULL,
            FigureNames.EXPENDITURE_TOTAL, FigureNames.EXPENDITURE_BASIC, FigureNames.EXPENDITURE_PROJECT,
            FigureNames.EXECUTION_RATE);

    private final ReportService reports;
    private final FiguresService figures;
    private final Submissions submissions;
    private final DepartmentDirectory directory;
    private final CurrentActor actor;

    public ReportPage(ReportService reports, FiguresService figures, Submissions submissions,
                      DepartmentDirectory directory, CurrentActor actor) {
        this.reports = reports;
        this.figures = figures;
        this.submissions = submissions;
        this.directory = directory;
        this.actor = actor;
    }

    /** One key figure as the page shows it: its Chinese name, value and whether it has events of its own. */
    public record KeyFigure(String key, String name, FigureName.Kind kind, Object value, boolean traceable) {
    }

    @GetMapping(AccessRules.PAGE_YEAR + "/report")
    public String report(@PathVariable String departmentId, @PathVariable int year,
                         @RequestParam(required = false) String asOf,
                         @RequestParam(required = false) Long submission, Model model, HttpServletResponse response) {
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        // a submitted version fixes the moment: the picker shows its figuresAsOf, the banner names the submission
        Report shown = submission == null ? null : reports.submitted(departmentId, year, submission);
        Instant at = AsOfPicker.read(shown == null ? asOf : shown.asOf().toString(), model, response);
        if (shown == null) {
            shown = reports.report(departmentId, year, at, null);
        }
        model.addAttribute("submitted", shown.submitted());
        String html = new String(reports.render(shown, ReportFormat.HTML).bytes(), StandardCharsets.UTF_8);
        model.addAttribute("reportHtml", html);
        boolean mayTrace = Permissions.mayReadHistory(actor.user(), departmentId);
        model.addAttribute("mayTrace", mayTrace);
        model.addAttribute("traceable", mayTrace ? traceable(html) : List.of());
        var doc = at == null ? figures.live(departmentId, year) : figures.replayed(departmentId, year, at, null);
        Map<String, Object> f = doc.figures();
        model.addAttribute("projects", doc.projects()); // each downloadable on its own (项目支出绩效自评报告)
        model.addAttribute("keyFigures", KEY.stream().map(n -> new KeyFigure(n.key(), n.chineseName(), n.kind(),
                f.get(n.key()), FigureTrail.additive(n.key()))).toList());
        model.addAttribute("score", f.get("evaluation.score.total"));
        model.addAttribute("grade", f.get("evaluation.grade"));
        model.addAttribute("submissions", submissions.of(departmentId, year));
        model.addAttribute("formats", List.of(ReportFormat.XLSX, ReportFormat.PDF, ReportFormat.MD));
        model.addAttribute("projectFormats", List.of(ReportFormat.values()));
        return "report";
    }

    @GetMapping(AccessRules.PAGE_YEAR + "/figures/{name}/events")
    public String events(@PathVariable String departmentId, @PathVariable int year, @PathVariable String name,
                         @RequestParam(required = false) String asOf, Model model, HttpServletResponse response) {
        Instant at = AsOfPicker.read(asOf, model, response);
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("figureName", FigureNames.department(name).map(FigureName::chineseName).orElse(name));
        model.addAttribute("money", FigureNames.department(name).map(n -> n.kind() == FigureName.Kind.MONEY).orElse(false));
        model.addAttribute("trail", figures.trail(departmentId, year, name, at, null));
        model.addAttribute("eventNames", EventNames.ZH);
        return "figure-events";
    }

    /** The figures printed in the report that have events of their own; the page links those in the frame. */
    static List<String> traceable(String html) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            if (FigureTrail.additive(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

}
