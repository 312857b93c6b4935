package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.Permissions;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.Commands;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The department-year dashboard, as of now or as of a chosen moment (the picker gives China time). */
@Controller
public class DashboardController {
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
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
        Instant at = null;
        try {
            at = moment(asOf);
        } catch (LedgerException e) {
            // a moment that is none: the page as of now, the refusal beside the picker, the typed text kept
            response.setStatus(e.code().status());
            model.addAttribute("asOfError", e.getMessage());
        }
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("view", dashboard.of(departmentId, year, at));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("asOf", at);
        model.addAttribute("asOfInput", at == null ? (asOf == null ? "" : asOf) : PICKER.format(at.atZone(Formats.CHINA)));
        model.addAttribute("mayRecord", Permissions.mayIssue(actor.user(),
                Commands.RECORD_EXPENDITURE.commandName(), departmentId));
        return "dashboard";
    }

    /**
     * The picker's value: a local date-time is China time ({@code 2025-04-15 15:30}, or with {@code T}); an ISO
     * instant with its offset is taken as written. Empty: now.
     */
    static Instant moment(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(asOf.trim().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +", "$1T"))
                    .atZone(Formats.CHINA).toInstant();
        } catch (DateTimeParseException notLocal) {
            return IsoTimes.asOf(asOf.trim());
        }
    }
}
