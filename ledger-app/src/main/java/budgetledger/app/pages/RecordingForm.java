package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.core.ledger.Commands;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * What every recording form of a department-year does the same way. GET: the form with its defaults (a value in the
 * query, such as {@code ?expenditureId=…}, preselects it) and its pickers. POST: the command the API takes for the
 * same thing, sent through {@link FormCommands#send} — the same path, the same rules, the same refusals; a refusal
 * is shown beside the field it concerns with every entered value kept, a success as a flash on the page where the
 * new event shows. A form is a small subclass mapped at its own address, {@link AccessRules#formPath}, which names the
 * API's resource ({@code …/receipts/new}, {@code …/expenditures/reversal/new}) so that the page needs exactly what its
 * command needs.
 */
public abstract class RecordingForm {
    private final FormCommands forms;
    private final Commands command;
    private final String template;
    private final List<String> fields;

    protected RecordingForm(FormCommands forms, Commands command, String template, List<String> fields) {
        this.forms = forms;
        this.command = command;
        this.template = template;
        this.fields = List.copyOf(fields);
    }

    public Commands command() {
        return command;
    }

    @GetMapping
    public String form(@PathVariable String departmentId, @PathVariable int year,
                       @RequestParam Map<String, String> query, Model model) {
        Map<String, String> values = FormCommands.values(query, fields);
        defaults(departmentId, year, values);
        return page(departmentId, year, values, null, model);
    }

    @PostMapping
    public String record(@PathVariable String departmentId, @PathVariable int year,
                         @RequestParam Map<String, String> form, HttpServletRequest request,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> values = FormCommands.values(form, fields);
        FieldError error = forms.send(command.commandName(), departmentId, year, values, fields, request, response);
        if (error != null) {
            return page(departmentId, year, values, error, model);
        }
        redirect.addFlashAttribute("saved", saved(values));
        return "redirect:/departments/" + departmentId + "/years/" + year + shownAt(values);
    }

    private String page(String departmentId, int year, Map<String, String> values, FieldError error, Model model) {
        forms.entryPage(model, departmentId, year, values, error);
        pickers(departmentId, year, values, model);
        return template;
    }

    /** A new form's values; only empty ones are filled ({@link #preset}), so a value given in the query stays. */
    protected void defaults(String departmentId, int year, Map<String, String> values) {
    }

    /** What the form offers to choose from, besides the budget lines every entry page has. */
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
    }

    /** The flash shown after saving, in Chinese. */
    protected abstract String saved(Map<String, String> values);

    /** Where the new event shows, below the department-year's address: the dashboard unless a form says otherwise. */
    protected String shownAt(Map<String, String> values) {
        return "";
    }

    protected static void preset(Map<String, String> values, String field, String value) {
        if (values.get(field).isEmpty() && value != null) {
            values.put(field, value);
        }
    }

    /** The typed amount as the flash prints it: 12,345.60. */
    protected static String yuan(Map<String, String> values) {
        return new Formats().yuan(FormCommands.amount(values.get("amount")));
    }
}
