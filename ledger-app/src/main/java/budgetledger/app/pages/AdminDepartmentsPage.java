package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.ledger.Commands;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * 管理 · 预算单位: the departments with their years, and registering one — REGISTER_DEPARTMENT sent through
 * {@link FormCommands#send}, the API's own path, so the same rules refuse (an id taken, an id not allowed).
 */
@Controller
public class AdminDepartmentsPage {
    static final String DEPARTMENTS = "/admin/departments";
    static final List<String> FIELDS = List.of("departmentId", "name");
    private final FormCommands forms;
    private final DepartmentDirectory directory;

    public AdminDepartmentsPage(FormCommands forms, DepartmentDirectory directory) {
        this.forms = forms;
        this.directory = directory;
    }

    @GetMapping(DEPARTMENTS)
    public String list(Model model) {
        return page(model, FormCommands.values(Map.of(), FIELDS), null);
    }

    @PostMapping(DEPARTMENTS)
    public String register(@RequestParam Map<String, String> form, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        Map<String, String> values = FormCommands.values(form, FIELDS);
        // a department is no department-year: the year the form path carries is not one of its fields
        FieldError error = forms.send(Commands.REGISTER_DEPARTMENT.commandName(), values.get("departmentId"), 0,
                values, FIELDS, request, response);
        if (error == null) {
            model.addAttribute("saved", "已登记预算单位 " + values.get("name") + "（" + values.get("departmentId") + "）。");
            return page(model, FormCommands.values(Map.of(), FIELDS), null);
        }
        return page(model, values, error.field() != null ? error
                : new FieldError(error.code(), error.message().contains("名称") ? "name" : "departmentId", error.message()));
    }

    private String page(Model model, Map<String, String> values, FieldError error) {
        model.addAttribute("departments", directory.list());
        model.addAttribute("values", values);
        model.addAttribute("error", error);
        return "admin-departments";
    }
}
