package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.Permissions;
import budgetledger.app.sheets.SheetKind;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;

/** The department-year dashboard, as of now or as of a chosen moment (the picker gives China time). */
@Controller
public class DashboardController {
    private final Dashboard dashboard;
    private final CurrentActor actor;
    private final DepartmentDirectory directory;

    public DashboardController(Dashboard dashboard, CurrentActor actor, DepartmentDirectory directory) {
        this.dashboard = dashboard;
        this.actor = actor;
        this.directory = directory;
    }

    @GetMapping(AccessRules.PAGE_YEAR)
    public String dashboard(@PathVariable String departmentId, @PathVariable int year,
                            @RequestParam(required = false) String asOf, Model model, HttpServletResponse response) {
        Instant at = AsOfPicker.read(asOf, model, response);
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("view", dashboard.of(departmentId, year, at));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("sheetImports", java.util.Arrays.stream(SheetKind.values())
                .filter(k -> k.allows(actor.user(), departmentId)).toList());
        model.addAttribute("mayTrace", Permissions.mayReadHistory(actor.user(), departmentId));
        return "dashboard";
    }
}
