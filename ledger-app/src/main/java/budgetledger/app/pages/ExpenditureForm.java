package budgetledger.app.pages;

import budgetledger.app.classification.ClassificationController;
import budgetledger.app.security.AccessRules;
import budgetledger.core.ledger.Commands;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * Recording an expenditure (记录支出) in the browser: the same {@code RecordExpenditure} the API takes
 * ({@code POST …/expenditures}); after saving, the dashboard, where the line's 已执行 grows.
 */
@Controller
@RequestMapping(ExpenditureForm.PATH)
public class ExpenditureForm extends RecordingForm {
    static final String PATH = AccessRules.PAGE_YEAR + "/expenditures/new";
    static final List<String> FIELDS = List.of("expenditureId", "lineId", "amount", "businessDate", "economicCode",
            "payee", "voucherNo", "summary", "receptionBatches", "receptionPersons");

    private final ClassificationController classification;

    public ExpenditureForm(FormCommands forms, ClassificationController classification) {
        super(forms, Commands.RECORD_EXPENDITURE, "expenditure", FIELDS);
        this.classification = classification;
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "expenditureId", FormCommands.newId("ZC"));
        preset(values, "businessDate", FormCommands.today(year));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("economicCodes", classification.economic(year, null).items());
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已记录支出 " + values.get("expenditureId") + "，金额 " + yuan(values) + " 元。";
    }
}
