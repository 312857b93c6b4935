package budgetledger.app.pages;

import budgetledger.app.classification.ClassificationController;
import budgetledger.app.figures.FiguresService;
import budgetledger.app.security.AccessRules;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.Vintage;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * 下达预算指标 (the API's RecordAppropriation, {@code POST …/appropriations}): a new budget line with its kind, fund
 * nature, vintage, functional code (项级, 7 digits), economic code and — for 项目支出 — a registered project. After
 * saving, the dashboard, where the line appears.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/appropriations/new")
public class AppropriationForm extends RecordingForm {
    /** A line's functional code is a 项 (类 3 digits, 款 5, 项 7): the ledger refuses anything coarser. */
    private static final int ITEM_LEVEL = 3;
    private final ClassificationController classification;
    private final FiguresService figures;

    public AppropriationForm(FormCommands forms, ClassificationController classification, FiguresService figures) {
        super(forms, Commands.RECORD_APPROPRIATION, "appropriation", List.of("lineId", "kind", "fundNature", "vintage",
                "functionalCode", "economicCode", "projectCode", "amount", "initial", "businessDate"));
        this.classification = classification;
        this.figures = figures;
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "fundNature", FundNature.GENERAL_PUBLIC.name());
        preset(values, "vintage", Vintage.CURRENT_YEAR.name());
        preset(values, "businessDate", FormCommands.today(year));
        // a year without lines is being set up: its first lines are 年初预算
        if (figures.current(LedgerId.of(departmentId, year), null, null).budget().lines().isEmpty()) {
            preset(values, "initial", "true");
        }
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("kinds", LineKind.values());
        model.addAttribute("fundNatures", FundNature.values());
        model.addAttribute("vintages", Vintage.values());
        model.addAttribute("functionalCodes", classification.functional(year, null).items().stream()
                .filter(c -> c.level() == ITEM_LEVEL).toList());
        model.addAttribute("economicCodes", classification.economic(year, null).items());
        model.addAttribute("projects", figures.current(LedgerId.of(departmentId, year), null, null)
                .performance().projects());
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已下达预算指标 " + values.get("lineId") + "，金额 " + yuan(values) + " 元。";
    }
}
