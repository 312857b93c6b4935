package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.security.AccessRules;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import budgetledger.core.performance.Operator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 定义绩效指标 (the API's DefineIndicator, {@code POST …/indicators}) as the 绩效目标表 writes it in columns: whose
 * (部门整体 or a registered project), 一级/二级/三级指标, 指标性质 (≥ ≤ = ＞ ＜ 定性), 指标值, 度量单位 and 分值. The
 * ledger composes the target from the columns; binding to a ledger figure or a framework's scoring rule stays with
 * the API and the import. After saving, the dashboard, whose indicator table shows it.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/indicators/new")
public class DefineIndicatorForm extends RecordingForm {
    /** The 一级/二级指标 of 财预〔2020〕10号's framework, offered as suggestions; the ledger takes any text. */
    static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final List<String> LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标",
            "生态环境成本指标");
    private final FiguresService figures;

    public DefineIndicatorForm(FormCommands forms, FiguresService figures) {
        // targetValue before operator: a refusal naming both ("填写指标性质 operator 和指标值 targetValue") is the value's
        super(forms, Commands.DEFINE_INDICATOR, "indicator", List.of("indicatorId", "projectCode", "level1", "level2",
                "name", "targetValue", "operator", "unit", "weight"));
        this.figures = figures;
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "indicatorId", FormCommands.newId("ZB"));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("projects", figures.current(LedgerId.of(departmentId, year), null, null).performance()
                .projects());
        model.addAttribute("operators", Operator.values());
        model.addAttribute("level1s", LEVEL1);
        model.addAttribute("level2s", LEVEL2);
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已定义绩效指标 " + values.get("indicatorId") + " " + values.get("name") + "。";
    }
}
