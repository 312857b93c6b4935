package budgetledger.projections.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * The identities a department-year's key figures obey (docs/figures.md; docs/scoring.md R1, R11–R14), each written once.
 * {@code prior.} variants and {@code change.} definitions are derived, not listed by hand.
 */
final class Identities {
    private static final String[] NATURES = {"generalPublic", "govFund", "stateCapital", "socialInsurance", "other"};
    private static final String[] THREE_PUBLIC = {"total", "vehicles", "vehiclePurchase", "vehicleOperation", "abroad", "reception"};

    private Identities() {
    }

    static List<Identity> department(Iterable<String> claimedNames) {
        List<Identity> base = new ArrayList<>(List.of(
                Identity.sum("expenditure.total", "expenditure.basic", "expenditure.project"),
                Identity.sum("expenditure.basic", "expenditure.basic.personnel", "expenditure.basic.public"),
                Identity.sum("expenditure.generalPublic.basic", "expenditure.generalPublic.basic.personnel",
                        "expenditure.generalPublic.basic.public"),
                Identity.sum("budget.full", "budget.basic.full", "budget.project.full"),
                Identity.sum("threePublic.total.actual", "threePublic.vehicles.actual", "threePublic.abroad.actual",
                        "threePublic.reception.actual"),
                Identity.sum("threePublic.total.budget", "threePublic.vehicles.budget", "threePublic.abroad.budget",
                        "threePublic.reception.budget"),
                Identity.sum("threePublic.vehicles.actual", "threePublic.vehiclePurchase.actual",
                        "threePublic.vehicleOperation.actual"),
                Identity.sum("threePublic.vehicles.budget", "threePublic.vehiclePurchase.budget",
                        "threePublic.vehicleOperation.budget"),
                Identity.sum("carryOver.closing", "carryOver.opening", "income.recoveredPriorYears", "income.total"),
                Identity.quotient("execution.rate", "expenditure.total", "budget.full"),
                Identity.quotient("threePublic.controlRate", "threePublic.total.actual", "threePublic.total.budget"),
                Identity.quotient("staff.controlRate", "staff.actual", "staff.authorized"),
                Identity.quotient("expenditure.basic.share.personnel", "expenditure.basic.personnel", "expenditure.basic"),
                Identity.quotient("expenditure.basic.share.public", "expenditure.basic.public", "expenditure.basic"),
                Identity.sum("evaluation.score.total", "evaluation.score.execution", "evaluation.score.output",
                        "evaluation.score.outcome", "evaluation.score.satisfaction")));
        fixClosing(base);
        for (String cat : THREE_PUBLIC) {
            base.add(Identity.difference("threePublic." + cat + ".savings", "threePublic." + cat + ".budget",
                    "threePublic." + cat + ".actual"));
        }
        String[] incomes = new String[NATURES.length];
        String[] spent = new String[NATURES.length];
        for (int i = 0; i < NATURES.length; i++) {
            incomes[i] = "income." + NATURES[i];
            spent[i] = "expenditure.fund." + NATURES[i];
            base.add(Identity.quotient("income.share." + NATURES[i], "income." + NATURES[i], "income.total"));
        }
        base.add(Identity.sum("income.total", incomes));
        base.add(Identity.sum("expenditure.total", spent));
        List<Identity> all = new ArrayList<>(base);
        for (Identity id : base) {
            all.add(prior(id));
        }
        for (String name : claimedNames) {
            changeOf(name, all);
        }
        return all;
    }

    static List<Identity> project() {
        return List.of(
                Identity.quotient("execution.rate", "executed", "budget.full"),
                Identity.sum("budget.full", "fund.currentYear.full", "fund.carryOver.full", "fund.other.full"),
                Identity.sum("executed", "fund.currentYear.executed", "fund.carryOver.executed", "fund.other.executed"));
    }

    /** carryOver.closing = opening + recovered + income − expenditure (R13). */
    private static void fixClosing(List<Identity> list) {
        list.replaceAll(id -> id.result().equals("carryOver.closing")
                ? new Identity("carryOver.closing", id.plus(), List.of("expenditure.total"), false) : id);
    }

    private static Identity prior(Identity id) {
        return new Identity("prior." + id.result(), id.plus().stream().map(n -> "prior." + n).toList(),
                id.minus().stream().map(n -> "prior." + n).toList(), id.rate());
    }

    /** change.X = X − prior.X, and change.X.rate = change.X ÷ prior.X, for every claimed change figure. */
    private static void changeOf(String name, List<Identity> out) {
        if (!name.startsWith("change.")) {
            return;
        }
        if (name.endsWith(".rate")) {
            String base = name.substring("change.".length(), name.length() - ".rate".length());
            out.add(Identity.quotient(name, "change." + base, "prior." + base));
        } else {
            String base = name.substring("change.".length());
            out.add(Identity.difference(name, base, "prior." + base));
        }
    }
}
