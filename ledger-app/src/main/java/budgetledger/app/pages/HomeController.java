package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.ledger.Proposals;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Map;

/**
 * The home page: the departments the signed-in user may read (the same {@link Permissions} as the API), each year
 * with its execution rate, 三公 control rate, pending proposals and score so far, as of now.
 */
@Controller
public class HomeController {
    private final CurrentActor actor;
    private final DepartmentDirectory directory;
    private final FiguresService figures;
    private final Proposals proposals;

    public HomeController(CurrentActor actor, DepartmentDirectory directory, FiguresService figures, Proposals proposals) {
        this.actor = actor;
        this.directory = directory;
        this.figures = figures;
        this.proposals = proposals;
    }

    /** One department-year on the home page; rates are ratios as the figures write them (null: no denominator). */
    public record YearRow(int year, Object executionRate, Object threePublicControlRate, long pendingProposals,
                          Object scoreTotal) {
    }

    public record DepartmentRow(String departmentId, String name, List<YearRow> years) {
    }

    @GetMapping("/")
    public String home(Model model) {
        LedgerUser me = actor.user();
        List<DepartmentRow> rows = directory.list().stream()
                .filter(d -> Permissions.mayRead(me, d.departmentId()))
                .map(d -> new DepartmentRow(d.departmentId(), d.name(),
                        d.years().stream().map(y -> yearRow(d.departmentId(), y)).toList()))
                .toList();
        model.addAttribute("departments", rows);
        return "home";
    }

    private YearRow yearRow(String departmentId, int year) {
        FiguresDocument doc = figures.live(departmentId, year);
        Map<String, Object> f = doc.figures();
        long pending = proposals.page(departmentId, year, "PENDING", 0, 1).total();
        return new YearRow(year, f.get(FigureNames.EXECUTION_RATE.key()), f.get(FigureNames.THREE_PUBLIC_CONTROL_RATE.key()),
                pending, f.get(FigureNames.EVALUATION_SCORE_TOTAL.key()));
    }
}
