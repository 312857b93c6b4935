package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.ledger.Proposals;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.core.ledger.Commands;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approver's worklist (审批): the pending proposals of a department-year with approve and reject (a reason
 * required), and the decided ones below. The buttons send the API's ApproveBudgetProposal / RejectBudgetProposal
 * through {@link FormCommands}; the proposer sees why they cannot approve their own, and the ledger refuses it anyway.
 */
@Controller
public class ProposalsPage {
    static final String PATH = AccessRules.PAGE_YEAR + "/proposals";
    private static final String APPROVE = Commands.APPROVE_BUDGET_PROPOSAL.commandName();
    private static final String REJECT = Commands.REJECT_BUDGET_PROPOSAL.commandName();

    private final Proposals proposals;
    private final DepartmentDirectory directory;
    private final CurrentActor actor;
    private final FormCommands forms;

    public ProposalsPage(Proposals proposals, DepartmentDirectory directory, CurrentActor actor, FormCommands forms) {
        this.proposals = proposals;
        this.directory = directory;
        this.actor = actor;
        this.forms = forms;
    }

    @GetMapping(PATH)
    public String list(@PathVariable String departmentId, @PathVariable int year, Model model) {
        return page(departmentId, year, null, null, model);
    }

    @PostMapping(PATH + "/{proposalId}/approve")
    public String approve(@PathVariable String departmentId, @PathVariable int year, @PathVariable String proposalId,
                          HttpServletRequest request, HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        return decide(APPROVE, departmentId, year, proposalId, null, request, response, model, redirect);
    }

    @PostMapping(PATH + "/{proposalId}/reject")
    public String reject(@PathVariable String departmentId, @PathVariable int year, @PathVariable String proposalId,
                         @RequestParam(required = false) String reason, HttpServletRequest request,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(REJECT, departmentId, year, proposalId, reason, request, response, model, redirect);
    }

    private String decide(String command, String departmentId, int year, String proposalId, String reason,
                          HttpServletRequest request, HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("proposalId", proposalId);
        if (command.equals(REJECT)) {
            values.put("reason", reason == null ? "" : reason);
        }
        FieldError error = forms.send(command, departmentId, year, values, List.of("reason"), request, response);
        if (error != null) {
            return page(departmentId, year, proposalId, error, model);
        }
        redirect.addFlashAttribute("saved", (command.equals(APPROVE) ? "已批准提议 " : "已驳回提议 ") + proposalId + "。");
        return "redirect:/departments/" + departmentId + "/years/" + year + "/proposals";
    }

    private String page(String departmentId, int year, String failedId, FieldError error, Model model) {
        LedgerUser me = actor.user();
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("pending", proposals.page(departmentId, year, "PENDING", 0, Proposals.MAX_PAGE_SIZE).items());
        List<Proposals.Proposal> decided = proposals.page(departmentId, year, null, 0, Proposals.MAX_PAGE_SIZE).items()
                .stream().filter(p -> !p.status().equals("PENDING")).toList();
        model.addAttribute("decided", decided);
        model.addAttribute("mayDecide", Permissions.mayIssue(me, APPROVE, departmentId));
        model.addAttribute("mayPropose", Permissions.mayIssue(me,
                Commands.PROPOSE_BUDGET_ADJUSTMENT.commandName(), departmentId));
        model.addAttribute("failedId", failedId);
        model.addAttribute("error", error);
        return "proposals";
    }
}
