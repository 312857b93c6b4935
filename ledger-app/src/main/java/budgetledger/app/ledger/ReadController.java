package budgetledger.app.ledger;

import budgetledger.app.security.CommandCatalogue;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.Commands;
import budgetledger.core.common.LedgerId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What can be read of the ledger itself: the command catalogue, departments, a department-year's event history and proposals. */
@RestController
public class ReadController {
    public static final int MAX_PAGE_SIZE = 500;
    private final DepartmentDirectory directory;
    private final EventHistory history;
    private final Proposals proposals;
    private final CurrentActor actor;

    public ReadController(DepartmentDirectory directory, EventHistory history, Proposals proposals, CurrentActor actor) {
        this.directory = directory;
        this.history = history;
        this.proposals = proposals;
        this.actor = actor;
    }

    @GetMapping("/api/v1/commands")
    public Map<String, Object> commands() {
        List<Map<String, Object>> catalogue = CommandCatalogue.all().stream().map(e -> Map.<String, Object>of(
                "name", e.name(),
                "title", e.titleZh(),
                "route", e.route().map(r -> "POST " + r.path()).orElse(""),
                "pathFields", e.route().map(CommandCatalogue.Route::pathFields).orElse(List.of()),
                "roles", e.roles())).toList();
        return Map.of("commands", Commands.all().keySet(), "yearRoutes", CommandCatalogue.yearRoutes(),
                "itemRoutes", CommandCatalogue.itemRoutes(), "catalogue", catalogue);
    }

    /** The departments this user may see (their own; every one for REVIEWER, AUDITOR and ADMIN), paged by name. */
    @GetMapping("/api/v1/departments")
    public List<DepartmentDirectory.DepartmentEntry> departments(@RequestParam(defaultValue = "0") int page,
                                                                 @RequestParam(defaultValue = "500") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "page 须 ≥ 0，size 须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        LedgerUser user = actor.user();
        return directory.list().stream().filter(d -> Permissions.maySeeDepartment(user, d.departmentId()))
                .skip((long) page * size).limit(size).toList();
    }

    @GetMapping("/api/v1/departments/{departmentId}")
    public DepartmentDirectory.DepartmentEntry department(@PathVariable String departmentId) {
        String name = directory.requireDepartment(departmentId);
        return new DepartmentDirectory.DepartmentEntry(departmentId, name, directory.years(departmentId));
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/events")
    public EventHistory.Page events(@PathVariable String departmentId, @PathVariable int year,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String recordedBy,
                                    @RequestParam(required = false) String economicCode,
                                    @RequestParam(required = false) String project,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) String recordedFrom,
                                    @RequestParam(required = false) String q,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        directory.requireYear(departmentId, year);
        Instant since = recordedFrom == null || recordedFrom.isBlank() ? null : IsoTimes.parse(recordedFrom, "recordedFrom");
        return history.page(LedgerId.of(departmentId, year), new EventHistory.Filter(type, from, to, recordedBy,
                economicCode, project, IsoTimes.asOf(asOf), since, q), page, size);
    }

    /** The maker–checker worklist: proposed adjustments and transfers, with their status ({@code ?status=PENDING}). */
    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/proposals")
    public Proposals.Page proposals(@PathVariable String departmentId, @PathVariable int year,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        directory.requireYear(departmentId, year);
        return proposals.page(departmentId, year, status, page, size);
    }
}
