package budgetledger.app.pages;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.security.AccessRules;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import budgetledger.projections.report.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 记录自评报告文字 (the API's RecordEvaluationText, {@code POST …/texts}): the prose of one section of the
 * self-evaluation report. The sections are the report's own (with any other key already recorded); opening a section
 * ({@code ?section=problems}) starts from its recorded text, since a later text replaces the earlier one. After
 * saving, the report, where the text is printed.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/texts/new")
public class EvaluationTextForm extends RecordingForm {
    private final FiguresService figures;

    public EvaluationTextForm(FormCommands forms, FiguresService figures) {
        super(forms, Commands.RECORD_EVALUATION_TEXT, "evaluation-text", List.of("section", "text"));
        this.figures = figures;
    }

    /** A section of the report: its key, its Chinese label, whether a text is recorded for it. */
    public record Section(String key, String label, boolean recorded) {
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "text", recorded(departmentId, year).get(values.get("section")));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        Map<String, String> recorded = recorded(departmentId, year);
        Map<String, String> labels = new LinkedHashMap<>(Texts.KNOWN);
        recorded.keySet().forEach(k -> labels.putIfAbsent(k, k));
        model.addAttribute("sections", labels.entrySet().stream()
                .map(e -> new Section(e.getKey(), e.getValue(), recorded.containsKey(e.getKey()))).toList());
    }

    private Map<String, String> recorded(String departmentId, int year) {
        return figures.current(LedgerId.of(departmentId, year), null, null).performance().texts();
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已记录自评报告文字：" + Texts.KNOWN.getOrDefault(values.get("section"), values.get("section")) + "。";
    }

    @Override
    protected String shownAt(Map<String, String> values) {
        return "/report";
    }
}
