package budgetledger.projections.figures;

import budgetledger.core.audit.LedgerJson;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.testing.SeedLedger;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** figures.md: every key is always present; a figure with nothing behind it is zero; a rate over zero is null. */
class FigureNamesTest {
    private static final String[] NATURES = {"generalPublic", "govFund", "stateCapital", "socialInsurance", "other"};
    private static final String[] THREE_PUBLIC = {"total", "vehicles", "vehiclePurchase", "vehicleOperation", "abroad",
            "reception"};

    private final FiguresDocument empty = KeyFigures.build(LedgerView.empty("new-dept/2025"), null, null, null,
            FiguresOptions.DEFAULT);

    /** The names of figures.md's table, spelled out. */
    static List<String> contractNames() {
        List<String> names = new ArrayList<>(List.of(
                "staff.authorized", "staff.actual", "staff.authorized.own", "staff.actual.own", "staff.controlRate",
                "staff.retired", "vehicles.authorized", "vehicles.actual",
                "income.total", "income.recoveredPriorYears", "carryOver.opening", "carryOver.closing",
                "budget.initial", "budget.full", "budget.basic.full", "budget.project.full", "budget.basic.public.full",
                "budget.procurement", "expenditure.total", "expenditure.basic", "expenditure.basic.personnel",
                "expenditure.basic.public", "expenditure.project", "expenditure.basic.share.personnel",
                "expenditure.basic.share.public", "expenditure.procurement", "expenditure.generalPublic.basic",
                "expenditure.generalPublic.basic.personnel", "expenditure.generalPublic.basic.public",
                "expenditure.generalPublic.project", "execution.rate", "execution.rateOfAvailableFunds",
                "threePublic.controlRate", "threePublic.reception.batches", "threePublic.reception.persons",
                "buildings.approvedInvestment", "buildings.actualInvestment",
                "evaluation.score.execution", "evaluation.score.output", "evaluation.score.outcome",
                "evaluation.score.satisfaction", "evaluation.score.total", "evaluation.grade"));
        for (String n : NATURES) {
            names.addAll(List.of("income." + n, "income.share." + n, "expenditure.fund." + n));
        }
        for (String c : THREE_PUBLIC) {
            names.addAll(List.of("threePublic." + c + ".actual", "threePublic." + c + ".budget",
                    "threePublic." + c + ".savings"));
        }
        for (String c : new String[]{"business", "operations", "special"}) {
            names.addAll(List.of("project.category." + c + ".budget", "project.category." + c + ".actual"));
        }
        for (String c : new String[]{"office", "utilitiesAndTravel", "meetingsAndTraining"}) {
            names.addAll(List.of("public." + c + ".budget", "public." + c + ".actual"));
        }
        return names;
    }

    @Test
    void everyNameOfTheContractIsPresentEvenForAnEmptyYear() {
        assertThat(empty.figures()).containsKeys(contractNames().toArray(String[]::new));
        for (String name : contractNames()) {
            assertThat(empty.figures()).containsKey("prior." + name);
        }
    }

    @Test
    void everyPriorAndChangeNameOfTheGoldenFileIsPresent() throws IOException {
        JsonNode golden = LedgerJson.mapper().readTree(Files.readString(SeedLedger.golden()));
        golden.get("figures").fieldNames().forEachRemaining(name -> assertThat(empty.figures()).containsKey(name));
    }

    @Test
    void nothingBehindAFigureIsZeroAndARateOverZeroIsNull() {
        Map<String, Object> f = empty.figures();
        assertThat(f).containsEntry("budget.full", "0.00").containsEntry("staff.actual", 0)
                .containsEntry("execution.rate", null).containsEntry("threePublic.controlRate", null)
                // nothing to execute and nothing evaluated: 不适用 and 未评价 (null), never 0.00 and 差
                .containsEntry("evaluation.score.execution", null).containsEntry("evaluation.score.total", null)
                .containsEntry("evaluation.grade", null);
    }

    @Test
    void nullRatesStayInTheJsonDocument() {
        JsonNode json = LedgerJson.mapper().valueToTree(empty);
        assertThat(json.get("figures").has("execution.rate")).isTrue();
        assertThat(json.get("figures").get("execution.rate").isNull()).isTrue();
        assertThat(json.get("figures").get("staff.actual").isInt()).isTrue();
        assertThat(json.get("through").asText()).isEqualTo("2025-12-31");
    }

    @Test
    void figuresAreSortedByName() {
        List<String> names = new ArrayList<>(empty.figures().keySet());
        assertThat(names).isSorted();
    }
}
