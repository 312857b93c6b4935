package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.ledger.EventHistory;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 事件历史: a department-year's events (or, for an auditor, a whole department's), filtered and paged by the API's
 * own {@link EventHistory}; each event opens in full (payload, metadata, hash). The filter and the pager update the
 * results in place with htmx (the fragment {@code history :: results}); without script they are plain links.
 */
@Controller
public class HistoryPage {
    static final String DEPARTMENT = "/departments/{departmentId}/events";
    private final EventHistory history;
    private final DepartmentDirectory directory;
    private final CurrentActor actor;

    public HistoryPage(EventHistory history, DepartmentDirectory directory, CurrentActor actor) {
        this.history = history;
        this.directory = directory;
        this.actor = actor;
    }

    /** The nav's entry: the departments (and their years) whose history this user may read. */
    @GetMapping("/events")
    public String choose(Model model) {
        LedgerUser me = actor.user();
        model.addAttribute("departments", directory.list().stream()
                .filter(d -> Permissions.mayReadHistory(me, d.departmentId())).toList());
        return "history-choose";
    }

    @GetMapping(AccessRules.PAGE_YEAR + "/events")
    public String year(@PathVariable String departmentId, @PathVariable int year,
                       @RequestParam Map<String, String> params,
                       @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model, HttpServletResponse response) {
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("year", year);
        return page(departmentId, List.of(LedgerId.of(departmentId, year)), params, htmx, model, response);
    }

    @GetMapping(DEPARTMENT)
    public String department(@PathVariable String departmentId, @RequestParam Map<String, String> params,
                             @RequestHeader(value = "HX-Request", required = false) String htmx,
                             Model model, HttpServletResponse response) {
        model.addAttribute("departmentName", directory.requireDepartment(departmentId));
        List<Integer> years = directory.years(departmentId);
        model.addAttribute("years", years);
        return page(departmentId, years.stream().map(y -> LedgerId.of(departmentId, y)).toList(), params, htmx,
                model, response);
    }

    private String page(String departmentId, List<String> ledgerIds, Map<String, String> params, String htmx,
                        Model model, HttpServletResponse response) {
        HistoryQuery query = HistoryQuery.read(params);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("query", query);
        model.addAttribute("values", query.values());
        model.addAttribute("error", query.error());
        model.addAttribute("eventNames", new TreeMap<>(EventNames.ZH));
        if (query.error() != null) {
            response.setStatus(400);
        } else {
            EventHistory.Page found = history.page(ledgerIds, query.filter(), query.page(), query.size());
            model.addAttribute("found", found);
            model.addAttribute("pages", (int) Math.max(1, (found.total() + found.size() - 1) / found.size()));
        }
        return htmx != null ? "history :: results" : "history";
    }

    @GetMapping(AccessRules.PAGE_YEAR + "/events/{sequence}")
    public String event(@PathVariable String departmentId, @PathVariable int year, @PathVariable long sequence,
                        Model model) throws JsonProcessingException {
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        EventHistory.Detail detail = history.one(LedgerId.of(departmentId, year), sequence)
                .orElseThrow(() -> new LedgerException(ErrorCode.NOT_FOUND,
                        "没有第 " + sequence + " 号事件（" + departmentId + " " + year + " 年）"));
        model.addAttribute("detail", detail);
        model.addAttribute("eventName", EventNames.ZH.getOrDefault(detail.entry().type(), detail.entry().type()));
        model.addAttribute("payloadJson", LedgerJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(detail.entry().payload()));
        return "history-event";
    }
}
