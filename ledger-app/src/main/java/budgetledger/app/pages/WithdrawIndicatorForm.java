package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.security.AccessRules;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 撤回绩效指标 (the API's WithdrawIndicator, {@code POST …/indicators/{indicatorId}/withdrawal}): an indicator defined
 * by mistake, picked as {@link OutcomeForm} lists them ({@code ?indicatorId=} preselects one), with the reason. One
 * whose outcome is recorded shows so; the ledger refuses it (该登记已被引用).
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/indicators/withdrawal/new")
public class WithdrawIndicatorForm extends RecordingForm {
    private final FiguresService figures;

    public WithdrawIndicatorForm(FormCommands forms, FiguresService figures) {
        super(forms, Commands.WITHDRAW_INDICATOR, "indicator-withdrawal", List.of("indicatorId", "reason"));
        this.figures = figures;
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("indicators", OutcomeForm.choices(figures.current(LedgerId.of(departmentId, year), null,
                null).performance()));
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已撤回绩效指标 " + values.get("indicatorId") + "（撤回原因：" + values.get("reason") + "）。";
    }
}
