package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.security.AccessRules;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import budgetledger.core.performance.Achievement;
import budgetledger.projections.fold.IndicatorDef;
import budgetledger.projections.fold.PerformanceFold;
import budgetledger.projections.fold.ProjectDef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 记录指标完成值 (the API's RecordIndicatorOutcome, {@code POST …/indicators/{indicatorId}/outcome}): the indicator
 * picked from the department's and the projects' indicators, each shown with its target and what is recorded so
 * far; a quantitative one takes the actual value with its unit, a qualitative one the achievement and the score.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/indicators/outcome/new")
public class OutcomeForm extends RecordingForm {
    private final FiguresService figures;

    public OutcomeForm(FormCommands forms, FiguresService figures) {
        super(forms, Commands.RECORD_INDICATOR_OUTCOME, "outcome",
                List.of("indicatorId", "actual", "achievement", "score", "deviationReason", "businessDate"));
        this.figures = figures;
    }

    /** An indicator as the picker shows it: whose, its levels and name, its target, its outcome so far. */
    public record Choice(String indicatorId, String owner, String name, String target, boolean qualitative,
                         boolean bound, String recorded) {
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("indicators", choices(figures.current(LedgerId.of(departmentId, year), null, null)
                .performance()));
        model.addAttribute("achievements", Achievement.values());
    }

    /** The department's indicators, then each project's, as the pickers show them (also {@link WithdrawIndicatorForm}). */
    static List<Choice> choices(PerformanceFold performance) {
        List<Choice> choices = new ArrayList<>();
        performance.indicatorsOf(null).forEach(i -> choices.add(choice(i, "部门整体", performance)));
        for (ProjectDef p : performance.projects()) {
            performance.indicatorsOf(p.code()).forEach(i -> choices.add(choice(i, p.name(), performance)));
        }
        return choices;
    }

    private static Choice choice(IndicatorDef i, String owner, PerformanceFold performance) {
        String recorded = performance.outcome(i.indicatorId())
                .map(o -> o.actual() != null ? o.actual().text()
                        : o.achievement() != null ? o.achievement().nameZh() + " " + o.score() : "已记录")
                .orElse(null);
        return new Choice(i.indicatorId(), owner, i.level1() + " / " + i.level2() + " / " + i.name(),
                i.target().text(), i.target().qualitative(), i.measure() != null, recorded);
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已记录指标 " + values.get("indicatorId") + " 的完成值。";
    }
}
