package budgetledger.app.pages;

import budgetledger.app.security.AccessRules;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.ledger.Commands;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 登记项目 (the API's RegisterProject, {@code POST …/projects}): code, name, 项目类别 chosen from the shipped
 * categories or 自定类别 with the department's own name, and the implementing unit. After saving, the dashboard; the
 * project can then carry budget lines, indicators and a goal.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/projects/new")
public class RegisterProjectForm extends RecordingForm {

    public RegisterProjectForm(FormCommands forms) {
        super(forms, Commands.REGISTER_PROJECT, "project",
                List.of("projectCode", "name", "category", "categoryName", "implementingUnit"));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("categories", ProjectCategory.values());
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已登记项目 " + values.get("projectCode") + " " + values.get("name") + "。";
    }
}
