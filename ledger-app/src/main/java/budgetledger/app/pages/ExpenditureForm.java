package budgetledger.app.pages;

import budgetledger.app.classification.ClassificationController;
import budgetledger.app.security.AccessRules;
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

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Recording an expenditure (记录支出) in the browser: the same {@code RecordExpenditure} the API takes
 * ({@code POST …/expenditures}), sent through the same {@link CommandSender}, so the rules and the refusals are the
 * API's. A refusal is shown beside the field it concerns and the entered values stay; after saving, the dashboard.
 */
@Controller
public class ExpenditureForm {
    static final String PATH = AccessRules.PAGE_YEAR + "/expenditures/new";
    static final List<String> FIELDS = List.of("expenditureId", "lineId", "amount", "businessDate", "economicCode",
            "payee", "voucherNo", "summary");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final FormCommands forms;
    private final ClassificationController classification;

    public ExpenditureForm(FormCommands forms, ClassificationController classification) {
        this.forms = forms;
        this.classification = classification;
    }

    @GetMapping(PATH)
    public String form(@PathVariable String departmentId, @PathVariable int year, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("expenditureId", "ZC-" + ID_TIME.format(java.time.LocalDateTime.now(Formats.CHINA))
                + "-" + ThreadLocalRandom.current().nextInt(100, 1000));
        values.put("businessDate", FormCommands.today(year));
        return page(departmentId, year, values, null, model);
    }

    @PostMapping(PATH)
    public String record(@PathVariable String departmentId, @PathVariable int year,
                         @RequestParam Map<String, String> form, HttpServletRequest request,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> values = FormCommands.values(form, FIELDS);
        FieldError error = forms.send(Commands.RECORD_EXPENDITURE.commandName(), departmentId, year, values, FIELDS,
                request, response);
        if (error != null) {
            return page(departmentId, year, values, error, model);
        }
        redirect.addFlashAttribute("saved", "已记录支出 " + values.get("expenditureId") + "，金额 "
                + new Formats().yuan(FormCommands.amount(values.get("amount"))) + " 元。");
        return "redirect:/departments/" + departmentId + "/years/" + year;
    }

    private String page(String departmentId, int year, Map<String, String> values, FieldError error, Model model) {
        forms.entryPage(model, departmentId, year, values, error);
        model.addAttribute("economicCodes", classification.economic(year, null).items());
        return "expenditure";
    }
}
