package budgetledger.projections.fold;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.LedgerEvent;
import budgetledger.core.establishment.StaffGroup;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.stream.RecordedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.FundNature.OTHER;
import static budgetledger.core.classification.LineKind.BASIC_PERSONNEL;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.classification.ProjectCategory.SPECIAL;
import static budgetledger.core.classification.Vintage.CURRENT_YEAR;
import static budgetledger.core.performance.LedgerMeasure.PROJECT_EXECUTION_RATE;
import static budgetledger.core.performance.LedgerMeasure.THREE_PUBLIC_CONTROL_RATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The live home stores the view as JSONB: what comes back must be the same view, whatever the key order. */
class LedgerViewJsonTest {
    private static final ObjectMapper JSON = LedgerJson.mapper();

    /**
     * One event of every kind the ledger records ({@link #everyLedgerEventKindIsHere} fails when a new kind is not),
     * including the registrations withdrawn by mistake (a project with its 0.00 line), a first year's declared
     * opening balances and comparatives, and an indicator written as the forms write it.
     */
    static LedgerFixture everyKindOfEvent() {
        return LedgerFixture.year(2024, new CarriedLine("c1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1",
                        budgetledger.core.money.Money.parse("100.00")))
                .openingDeclared("2023年度部门决算（年末结转和结余）", new CarriedLine("o1", BASIC_PUBLIC,
                        GENERAL_PUBLIC, "2013201", "30201", null, budgetledger.core.money.Money.parse("40.00")))
                .declaredPrior("2023年度部门决算", java.util.Map.of("threePublic.total.actual", "35.00"))
                .codeAdded(budgetledger.core.classification.CodeKind.ECONOMIC, "30298", "增补的其他商品和服务支出")
                .on("2024-01-05")
                .project("p2", "党员集中教育培训经费", SPECIAL)
                .project("p1", "业务工作开展专项经费", BUSINESS)
                .project("px", "误登记项目", BUSINESS)
                .line("px", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "px", "0.00")
                .goal("px", "误登记项目的目标", null)
                .indicator("ix", "px", "产出指标", "数量指标", "误登记指标", "≥1次", "10")
                .indicatorWithdrawn("ix").goalWithdrawn("px").projectWithdrawn("px")
                .line("personnel", BASIC_PERSONNEL, GENERAL_PUBLIC, "2013201", "30101", null, "900.00")
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "100.00")
                .line("p1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1", "500.00")
                .appropriation("p2", PROJECT, OTHER, CURRENT_YEAR, "2013299", "30216", "p2", "60.00", false)
                .supplement("personnel", "100.00").reduce("office", "10.00").transfer("office", "p1", "20.00")
                .proposed("tz1", "office", "5.00").rejected("tz1").transferProposed("tz2", "office", "p1", "1.00")
                .income(GENERAL_PUBLIC, "1500.00").recovered(GENERAL_PUBLIC, "0.01")
                .procurementBudget("50.00").threePublicLimits("0", "0", "30.00", "20.00")
                .spend("a", "personnel", "30101", "950.00")
                .spendOnReception("b", "office", "12.50", 2, 9)
                .spendOnProcurement("c", "office", "31002", "40.00")
                .spend("d", "p1", "30299", "300.00")
                .spend("e", "c1", "30299", "100.00")
                .spend("f", "p2", "30216", "60.00")
                .spend("g", "o1", "30201", "15.00")
                .reverse("d")
                .establishment(3, 2, 1, new StaffGroup("行政编制", false, 6, 5), new StaffGroup("派驻", true, 2, 2))
                .goal(null, "全面提升组织工作质量", "已完成年度总体目标")
                .goal("p1", "项目目标", null)
                .indicator("i1", null, "产出指标", "成本指标", "三公经费控制率", "≤100%", "2", THREE_PUBLIC_CONTROL_RATE)
                .indicator("i2", "p1", "产出指标", "数量指标", "次数", "≥1次", "10").outcome("i2", "2次")
                .indicator("i3", "p1", "产出指标", "时效指标", "执行率", "≥90%", "10", PROJECT_EXECUTION_RATE)
                .indicator("i4", null, "效益指标", "社会效益指标", "提升", "不断提升", "30").judged("i4", "不断提升", "28.5")
                .formIndicator("i5", "p1", "产出指标", "质量指标", "验收合格率", "=", "100", "%", "10").outcome("i5", "90%")
                .text("problems", "无")
                .submitted("30.5", "差")
                .closed("20.00", new CarriedLine("p1", PROJECT, GENERAL_PUBLIC, "2013299", "30299", "p1",
                        budgetledger.core.money.Money.parse("220.00")));
    }

    @Test
    void everyLedgerEventKindIsHere() {
        Set<Class<?>> kinds = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("budgetledger.core").stream()
                .filter(c -> c.isAssignableTo(LedgerEvent.class) && !c.isInterface())
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
        Set<Class<?>> folded = everyKindOfEvent().events().stream().map(e -> e.payload().getClass())
                .collect(Collectors.toSet());
        assertThat(kinds).hasSizeGreaterThan(20);
        assertThat(folded).as("event kinds missing from everyKindOfEvent()").containsAll(kinds);
    }

    @Test
    void theWithdrawnAndDeclaredEventsShowInTheView() {
        LedgerView view = everyKindOfEvent().view();
        assertThat(view.budget().lines()).extracting(BudgetLine::lineId).contains("o1").doesNotContain("px");
        assertThat(view.performance().projects()).extracting(ProjectDef::code).doesNotContain("px");
        assertThat(view.budget().openingCarryOverTotal()).isEqualTo(budgetledger.core.money.Money.parse("140.00"));
    }

    @Test
    void aRoundTripGivesAnEqualView() throws Exception {
        LedgerView view = everyKindOfEvent().view();
        LedgerView back = JSON.readValue(JSON.writeValueAsString(view), LedgerView.class);
        assertThat(back).isEqualTo(view);
        assertThat(back.lastSequence()).isEqualTo(view.lastSequence());
        assertThat(figures(back)).isEqualTo(figures(view));
    }

    @Test
    void keyOrderIsNotPartOfTheState() throws Exception {
        // PostgreSQL JSONB sorts object keys its own way: rows and projects must keep their order regardless
        LedgerView view = everyKindOfEvent().view();
        JsonNode reordered = reverseKeys(JSON.valueToTree(view));
        LedgerView back = JSON.treeToValue(reordered, LedgerView.class);
        assertThat(back).isEqualTo(view);
        assertThat(KeyFigures.build(back, null, null, null, FiguresOptions.DEFAULT))
                .isEqualTo(KeyFigures.build(view, null, null, null, FiguresOptions.DEFAULT));
    }

    @Test
    void foldingGoesOnFromAStoredView() throws Exception {
        List<RecordedEvent> events = everyKindOfEvent().events();
        for (int cut = 0; cut <= events.size(); cut += 7) {
            LedgerView first = LedgerView.empty(events.get(0).ledgerId());
            events.subList(0, cut).forEach(first::apply);
            LedgerView resumed = JSON.readValue(JSON.writeValueAsString(first), LedgerView.class);
            events.subList(cut, events.size()).forEach(resumed::apply);
            assertThat(resumed).isEqualTo(everyKindOfEvent().view());
        }
    }

    @Test
    void anEmptyViewRoundTrips() throws Exception {
        LedgerView empty = LedgerView.empty("yiyang-zzb/2024");
        LedgerView back = JSON.readValue(JSON.writeValueAsString(empty), LedgerView.class);
        assertThat(back).isEqualTo(empty);
        assertThat(back.lastSequence()).isEqualTo(-1);
        assertThat(back.foldVersion()).isEqualTo(LedgerView.FOLD_VERSION);
    }

    @Test
    void theStoredStateIsFactsNotComputedFigures() throws Exception {
        JsonNode json = JSON.valueToTree(everyKindOfEvent().view());
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("foldVersion", "ledgerId",
                "departmentName", "lastSequence", "lastRecordedAt", "budget", "expenditure", "threePublic",
                "establishment", "performance", "declaredPrior");
        assertThat(json.at("/budget/lines/personnel/supplemented").asText()).isEqualTo("100.00");
        assertThat(json.at("/budget/lines/personnel").has("full")).isFalse();
    }

    private static java.util.Map<String, Object> figures(LedgerView view) {
        return KeyFigures.build(view, null, null, null, FiguresOptions.DEFAULT).figures();
    }

    private static JsonNode reverseKeys(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            Collections.reverse(names);
            ObjectNode out = JSON.createObjectNode();
            names.forEach(n -> out.set(n, reverseKeys(node.get(n))));
            return out;
        }
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            node.forEach(child -> out.add(reverseKeys(child)));
            return out;
        }
        return node;
    }
}
