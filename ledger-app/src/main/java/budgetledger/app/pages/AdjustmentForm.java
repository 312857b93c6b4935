package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.ledger.Commands;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * Proposing a 追加 / 追减 (the API's ProposeBudgetAdjustment, {@code POST …/adjustments}): a proposal that changes no
 * line until a different approver approves it on the worklist, where the page goes after saving.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/adjustments/new")
public class AdjustmentForm extends RecordingForm {

    public AdjustmentForm(FormCommands forms) {
        super(forms, Commands.PROPOSE_BUDGET_ADJUSTMENT, "adjustment",
                List.of("lineId", "direction", "amount", "businessDate", "reason", "document"));
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "direction", AdjustmentDirection.SUPPLEMENT.name());
        preset(values, "businessDate", FormCommands.today(year));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("directions", AdjustmentDirection.values());
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已提交调整提议（" + values.get("lineId") + " " + yuan(values) + " 元），待另一位审核人审批。";
    }

    @Override
    protected String shownAt(Map<String, String> values) {
        return "/proposals";
    }
}
