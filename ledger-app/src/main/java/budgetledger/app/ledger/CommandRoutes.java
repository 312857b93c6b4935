package budgetledger.app.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The REST shape of the commands: {@code POST /api/v1/departments/{d}/years/{y}/<resource>} for the year's facts,
 * and {@code .../<resource>/{id}/<action>} for acting on one recorded thing. One table, read by the controller,
 * the API overview and the authorization rules ({@code security.Permissions} says who may issue each command).
 */
public final class CommandRoutes {
    /** resource → command name, for POST /api/v1/departments/{d}/years/{y}/{resource}. */
    public static final Map<String, String> YEAR = new LinkedHashMap<>();
    /** "resource/action" → command name and the body field the path id fills. */
    public static final Map<String, Route> ITEM = new LinkedHashMap<>();

    public record Route(String command, String idField) {
    }

    static {
        YEAR.put("establishment", "DeclareEstablishment");
        YEAR.put("appropriations", "RecordAppropriation");
        // maker–checker: an adjustment or transfer is a proposal, approved or rejected by a different user
        YEAR.put("adjustments", "ProposeBudgetAdjustment");
        YEAR.put("transfers", "ProposeBudgetTransfer");
        YEAR.put("receipts", "ReceiveFunds");
        YEAR.put("procurement-budget", "SetProcurementBudget");
        YEAR.put("three-public-limits", "SetThreePublicLimits");
        YEAR.put("expenditures", "RecordExpenditure");
        YEAR.put("projects", "RegisterProject");
        YEAR.put("goals", "SetPerformanceGoal");
        YEAR.put("indicators", "DefineIndicator");
        YEAR.put("texts", "RecordEvaluationText");
        YEAR.put("submissions", "SubmitSelfEvaluation");
        YEAR.put("close", "CloseFiscalYear");
        ITEM.put("expenditures/reversal", new Route("ReverseExpenditure", "expenditureId"));
        ITEM.put("indicators/outcome", new Route("RecordIndicatorOutcome", "indicatorId"));
        ITEM.put("proposals/approve", new Route("ApproveBudgetProposal", "proposalId"));
        ITEM.put("proposals/reject", new Route("RejectBudgetProposal", "proposalId"));
    }

    private CommandRoutes() {
    }

    public static Optional<String> yearCommand(String resource) {
        return Optional.ofNullable(YEAR.get(resource));
    }

    public static Optional<Route> itemCommand(String resource, String action) {
        return Optional.ofNullable(ITEM.get(resource + "/" + action));
    }
}
