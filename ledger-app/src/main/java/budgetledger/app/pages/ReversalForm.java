package budgetledger.app.pages;

import budgetledger.app.ledger.StoredEvents;
import budgetledger.app.security.AccessRules;
import budgetledger.core.common.LedgerId;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.ledger.Commands;
import budgetledger.core.money.Money;
import budgetledger.projections.stream.RecordedEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 冲销支出 (the API's ReverseExpenditure, {@code POST …/expenditures/{expenditureId}/reversal}): the year's
 * expenditures not yet reversed, newest first, to choose from ({@code ?expenditureId=} preselects one), with the reason
 * the ledger requires. After saving, the dashboard, where the line's 已执行 falls back.
 */
@Controller
@RequestMapping(AccessRules.PAGE_YEAR + "/expenditures/reversal/new")
public class ReversalForm extends RecordingForm {
    /** The picker offers the latest ones; an older expenditure can still be chosen by typing its id in the query. */
    static final int PICKER_SIZE = 200;
    private final StoredEvents events;

    public ReversalForm(FormCommands forms, StoredEvents events) {
        super(forms, Commands.REVERSE_EXPENDITURE, "reversal", List.of("expenditureId", "reason", "businessDate"));
        this.events = events;
    }

    /** One expenditure that may still be reversed, as the picker shows it. */
    public record Spent(String expenditureId, LocalDate businessDate, String lineId, String economicCode, Money amount,
                        String payee, String summary) {
    }

    @Override
    protected void defaults(String departmentId, int year, Map<String, String> values) {
        preset(values, "businessDate", FormCommands.today(year));
    }

    @Override
    protected void pickers(String departmentId, int year, Map<String, String> values, Model model) {
        model.addAttribute("expenditures", reversible(LedgerId.of(departmentId, year)));
    }

    /** Recorded and not reversed, newest first. */
    List<Spent> reversible(String ledgerId) {
        Map<String, Spent> open = new LinkedHashMap<>();
        for (RecordedEvent e : events.stream(ledgerId)) {
            if (e.payload() instanceof ExpenditureRecorded r) {
                open.put(r.expenditureId(), new Spent(r.expenditureId(), r.businessDate(), r.posting().lineId(),
                        r.posting().economicCode(), r.posting().amount(), r.payee(), r.summary()));
            } else if (e.payload() instanceof ExpenditureReversed r) {
                open.remove(r.expenditureId());
            }
        }
        List<Spent> newestFirst = new ArrayList<>(open.values());
        Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(PICKER_SIZE, newestFirst.size()));
    }

    @Override
    protected String saved(Map<String, String> values) {
        return "已冲销支出 " + values.get("expenditureId") + "（冲销原因：" + values.get("reason") + "）。";
    }
}
