package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.core.ledger.Commands;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 提议调剂 (the API's ProposeBudgetTransfer, {@code POST …/transfers}): from one line to another, each picker showing
 * what the line has available. Like a 追加/追减 it changes nothing until another approver approves it: after saving,
 * the worklist.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/transfers/new")
public class TransferForm extends RecordingForm {

    public TransferForm(FormCommands forms) {
        super(forms, Commands.PROPOSE_BUDGET_TRANSFER, "transfer",
                List.of("fromLineId", "toLineId", "amount", "businessDate", "reason", "document"));
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "businessDate", FormCommands.today(year));
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已提交调剂提议（" + values.get("fromLineId") + " → " + values.get("toLineId") + " " + yuan(values)
                + " 元），待另一位审核人审批。";
    }

    @Override
    protected String shownAt(Map<String, String> values) {
        return "/proposals";
    }
}
