package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.security.AccessRules;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import budgetledger.projections.fold.PerformanceFold;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 撤回项目登记 (the API's WithdrawProject, {@code POST …/projects/{projectCode}/withdrawal}): a project registered by
 * mistake, picked from the year's projects ({@code ?projectCode=} preselects one), with the reason the ledger requires.
 * The picker says what each project already has, since the ledger refuses (该登记已被引用) while an indicator, a goal or
 * a used budget line names it.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/projects/withdrawal/new")
public class WithdrawProjectForm extends RecordingForm {
    private final FiguresService figures;

    public WithdrawProjectForm(FormCommands forms, FiguresService figures) {
        super(forms, Commands.WITHDRAW_PROJECT, "project-withdrawal", List.of("projectCode", "reason"));
        this.figures = figures;
    }

    /** A project as the picker shows it, with how many indicators name it and whether it has a goal. */
    public record Choice(String code, String name, String category, int indicators, boolean goal) {
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        PerformanceFold performance = figures.current(LedgerId.of(departmentId, year), null, null).performance();
        model.addAttribute("projects", performance.projects().stream()
                .map(p -> new Choice(p.code(), p.name(), p.categoryName() != null ? p.categoryName()
                        : p.category().nameZh(), performance.indicatorsOf(p.code()).size(),
                        performance.projectGoal(p.code()).isPresent()))
                .toList());
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已撤回项目登记 " + values.get("projectCode") + "（撤回原因：" + values.get("reason") + "）。";
    }
}
