package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.core.budget.AdjustmentDirection;
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
 * Proposing a 追加 / 追减 (the API's ProposeBudgetAdjustment, {@code POST …/adjustments}): a proposal that changes no
 * line until a different approver approves it on the worklist.
 */
@Controller
public class AdjustmentForm {
    static final String PATH = AccessRules.PAGE_YEAR + "/adjustments/new";
    static final List<String> FIELDS = List.of("lineId", "direction", "amount", "businessDate", "reason", "document");

    private final FormCommands forms;

    public AdjustmentForm(FormCommands forms) {
        this.forms = forms;
    }

    @GetMapping(PATH)
    public String form(@PathVariable String departmentId, @PathVariable int year, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("direction", AdjustmentDirection.SUPPLEMENT.name());
        values.put("businessDate", FormCommands.today(year));
        return page(departmentId, year, values, null, model);
    }

    @PostMapping(PATH)
    public String propose(@PathVariable String departmentId, @PathVariable int year,
                          @RequestParam Map<String, String> form, HttpServletRequest request,
                          HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> values = FormCommands.values(form, FIELDS);
        FieldError error = forms.send(Commands.PROPOSE_BUDGET_ADJUSTMENT.commandName(), departmentId, year, values,
                FIELDS, request, response);
        if (error != null) {
            return page(departmentId, year, values, error, model);
        }
        redirect.addFlashAttribute("saved", "已提交调整提议（" + values.get("lineId") + " "
                + new Formats().yuan(FormCommands.amount(values.get("amount"))) + " 元），待另一位审核人审批。");
        return "redirect:/departments/" + departmentId + "/years/" + year + "/proposals";
    }

    private String page(String departmentId, int year, Map<String, String> values, FieldError error, Model model) {
        forms.entryPage(model, departmentId, year, values, error);
        model.addAttribute("directions", AdjustmentDirection.values());
        return "adjustment";
    }
}
