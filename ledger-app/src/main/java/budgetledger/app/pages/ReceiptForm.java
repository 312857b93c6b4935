package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.core.budget.FundSource;
import budgetledger.core.classification.FundNature;
import budgetledger.core.ledger.Commands;
import budgetledger.projections.figures.FigureNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 记录收入 (the API's ReceiveFunds, {@code POST …/receipts}): funds received by fund nature, as this year's income or
 * as 收回以前年度资金. After saving, the events behind the figure the receipt counts in, the new one among them.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/receipts/new")
public class ReceiptForm extends RecordingForm {

    public ReceiptForm(FormCommands forms) {
        super(forms, Commands.RECEIVE_FUNDS, "receipt",
                List.of("receiptId", "fundNature", "source", "amount", "businessDate"));
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "receiptId", FormCommands.newId("SR"));
        preset(values, "fundNature", FundNature.GENERAL_PUBLIC.name());
        preset(values, "source", FundSource.CURRENT_YEAR.name());
        preset(values, "businessDate", FormCommands.today(year));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("fundNatures", FundNature.values());
        model.addAttribute("sources", FundSource.values());
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已记录收入 " + values.get("receiptId") + "，金额 " + yuan(values) + " 元。";
    }

    @Override
    protected String shownAt(Map<String, String> values) {
        boolean recovered = FundSource.RECOVERED_PRIOR_YEARS.name().equals(values.get("source"));
        return "/figures/" + (recovered ? FigureNames.INCOME_RECOVERED_PRIOR_YEARS : FigureNames.INCOME_TOTAL).key()
                + "/events";
    }
}
