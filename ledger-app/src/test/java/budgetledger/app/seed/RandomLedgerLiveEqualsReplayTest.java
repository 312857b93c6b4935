package budgetledger.app.seed;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.figures.ViewStore;
import budgetledger.app.ledger.LedgerCommandService;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Sql;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.LedgerEvent;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.CommandLine;
import budgetledger.core.common.LedgerId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random, seeded command sequences over several department-years (refusals included), then: the live views equal
 * the replayed fold for every ledger, and the figures balance — full = basic + project, total = Σ by fund nature.
 * The histories hold every kind of ledger event (a test fails when a new kind is not sent here): a first year's
 * declared opening balances and comparatives, a mistaken project with its 0.00 line, goal and indicator withdrawn
 * amid the random vouchers, form-style indicators and their outcomes, a rejected proposal, an added code, a close.
 */
class RandomLedgerLiveEqualsReplayTest extends PostgresIntegrationTest {
    private static final String[] ECONOMIC = {"30201", "30211", "30215", "30216", "30217", "30231", "30299", "30101", "30102"};

    @Autowired
    LedgerCommandService commands;
    @Autowired
    FiguresService figures;
    @Autowired
    ViewStore views;
    @Autowired
    StoredEvents events;

    @Test
    void liveFiguresEqualReplayedFiguresAfterRandomHistory() throws Exception {
        Random random = new Random(20240415L);
        int refused = 0;
        List<String> ledgers = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            String dept = "rand-" + d;
            send("RegisterDepartment", obj().put("departmentId", dept).put("name", "随机单位" + d));
            for (int year = 2023; year <= 2024; year++) {
                ledgers.add(LedgerId.of(dept, year));
                refused += randomYear(random, dept, year);
            }
        }
        assertThat(refused).as("some random commands break a rule and are refused").isPositive();
        everyEventKindWasRecorded();

        for (String ledgerId : ledgers) {
            awaitLive(ledgerId);
            String dept = LedgerId.departmentOf(ledgerId);
            int year = LedgerId.yearOf(ledgerId);
            Map<String, Object> live = figures.live(dept, year).figures();
            Map<String, Object> replayed = figures.replayed(dept, year, null, null).figures();
            assertThat(live).isEqualTo(replayed);
            assertBalanced(live);
        }
    }

    private int randomYear(Random r, String dept, int year) {
        int refused = 0;
        send("OpenFiscalYear", obj().put("departmentId", dept).put("year", year));
        send("SetThreePublicLimits", scoped(dept, year).put("abroad", "0").put("vehiclePurchase", "0")
                .put("vehicleOperation", "20000.00").put("reception", "8000.00").put("businessDate", year + "-01-02"));
        send("RegisterProject", scoped(dept, year).put("projectCode", "P1").put("name", "专项").put("category", "BUSINESS"));
        String[] lines = {"BP", "BU", "PR"};
        send("RecordAppropriation", line(dept, year, "BP", "BASIC_PERSONNEL", null, "300000.00"));
        send("RecordAppropriation", line(dept, year, "BU", "BASIC_PUBLIC", null, "120000.00"));
        send("RecordAppropriation", line(dept, year, "PR", "PROJECT", "P1", "80000.00"));
        send("ReceiveFunds", scoped(dept, year).put("receiptId", "R1").put("fundNature", "GENERAL_PUBLIC")
                .put("amount", "500000.00").put("businessDate", year + "-01-10"));
        refused += firstYearStatements(dept, year);
        mistakenRegistrations(dept, year);
        send("DeclareEstablishment", scoped(dept, year).put("businessDate", year + "-01-03").put("retired", 2)
                .put("vehiclesAuthorized", 1).put("vehiclesActual", 1).set("staff", LedgerJson.mapper().createArrayNode()
                        .add(obj().put("category", "行政编制").put("seconded", false).put("authorized", 8).put("actual", 7))));
        send("SetProcurementBudget", scoped(dept, year).put("amount", "30000.00").put("businessDate", year + "-01-04"));
        send("SetPerformanceGoal", scoped(dept, year).put("goal", "保障机关正常运转"));
        // a form-style indicator (指标性质, 指标值, 度量单位 in their own fields) and a target written as text
        send("DefineIndicator", scoped(dept, year).put("indicatorId", "IF").put("projectCode", "P1")
                .put("level1", "产出指标").put("level2", "质量指标").put("name", "验收合格率").put("operator", "=")
                .put("targetValue", "100").put("unit", "%").put("weight", "20"));
        send("DefineIndicator", scoped(dept, year).put("indicatorId", "IT").put("level1", "产出指标")
                .put("level2", "数量指标").put("name", "培训次数").put("target", "≥2次").put("weight", "10"));
        List<String> spent = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            if (i == 60) {
                // 撤回登记 amid the vouchers: the mistaken project leaves with its line, its goal and indicator first
                send("WithdrawIndicator", scoped(dept, year).put("indicatorId", "IW").put("reason", "误登记"));
                send("WithdrawPerformanceGoal", scoped(dept, year).put("projectCode", "PW").put("reason", "误登记"));
                send("WithdrawProject", scoped(dept, year).put("projectCode", "PW").put("reason", "误登记"));
            }
            LocalDate date = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            String line = lines[r.nextInt(lines.length)];
            int kind = r.nextInt(10);
            try {
                if (kind < 7) {
                    String id = "E" + i;
                    String code = line.equals("BP") ? ECONOMIC[7 + r.nextInt(2)] : ECONOMIC[r.nextInt(7)];
                    ObjectNode c = scoped(dept, year).put("expenditureId", id).put("lineId", line)
                            .put("amount", money(r, 9000)).put("businessDate", date.toString()).put("economicCode", code);
                    if (code.equals("30217")) {
                        c.put("receptionBatches", 1).put("receptionPersons", 1 + r.nextInt(8));
                    }
                    send("RecordExpenditure", c);
                    spent.add(id);
                } else if (kind == 7 && !spent.isEmpty()) {
                    send("ReverseExpenditure", scoped(dept, year).put("expenditureId", spent.get(r.nextInt(spent.size())))
                            .put("reason", "随机冲销").put("businessDate", date.toString()));
                } else if (kind == 8) {
                    proposeAndApprove("ProposeBudgetAdjustment", scoped(dept, year).put("lineId", line)
                            .put("direction", r.nextBoolean() ? "SUPPLEMENT" : "REDUCTION")
                            .put("amount", money(r, 20000)).put("businessDate", date.toString()));
                } else {
                    proposeAndApprove("ProposeBudgetTransfer", scoped(dept, year).put("fromLineId", line)
                            .put("toLineId", lines[(java.util.Arrays.asList(lines).indexOf(line) + 1) % 3])
                            .put("amount", money(r, 15000)).put("businessDate", date.toString()));
                }
            } catch (LedgerException refusedByARule) {
                refused++;
            }
        }
        String proposal = commands.execute(CommandLine.of("ProposeBudgetAdjustment", scoped(dept, year)
                .put("lineId", "BU").put("direction", "SUPPLEMENT").put("amount", money(r, 500))
                .put("businessDate", year + "-11-30")), "random-tester", false).id();
        commands.execute(CommandLine.of("RejectBudgetProposal", scoped(dept, year).put("proposalId", proposal)
                .put("reason", "依据不足")), "random-checker", false);
        send("RecordIndicatorOutcome", scoped(dept, year).put("indicatorId", "IF").put("actual", (90 + r.nextInt(11)) + "%"));
        send("RecordIndicatorOutcome", scoped(dept, year).put("indicatorId", "IT").put("actual", (1 + r.nextInt(3)) + "次"));
        send("RecordEvaluationText", scoped(dept, year).put("section", "problems").put("text", "无"));
        send("SubmitSelfEvaluation", scoped(dept, year));
        if (year == 2023) {
            send("CloseFiscalYear", scoped(dept, year).put("closingDate", year + "-12-31"));
        }
        return refused;
    }

    /** A first ledger year states its 期初结转结余 and 上年比较数; the next year (its prior in the ledger) may not. */
    private int firstYearStatements(String dept, int year) {
        int refused = 0;
        try {
            send("DeclareOpeningBalances", scoped(dept, year).put("document", (year - 1) + "年度部门决算")
                    .set("lines", LedgerJson.mapper().createArrayNode().add(obj().put("lineId", "JZ")
                            .put("kind", "BASIC_PUBLIC").put("fundNature", "GENERAL_PUBLIC")
                            .put("functionalCode", "2013201").put("economicCode", "30201").put("amount", "6000.00"))));
        } catch (LedgerException priorYearInLedger) {
            refused++;
        }
        try {
            send("DeclarePriorYearFigures", scoped(dept, year).put("document", (year - 1) + "年度部门决算")
                    .set("figures", obj().put("expenditure.total", "410000.00")));
        } catch (LedgerException differsFromTheLedger) {
            refused++;
        }
        try {
            send("AddClassificationCode", scoped(dept, year).put("kind", "FUNCTIONAL").put("code", "20208")
                    .put("name", "国际发展合作").put("document", "财政部增补科目通知"));
        } catch (LedgerException alreadyInTheCatalogue) {
            refused++;
        }
        return refused;
    }

    /** A project registered by mistake, with a 0.00 line, a goal and an indicator (withdrawn later, in the loop). */
    private void mistakenRegistrations(String dept, int year) {
        send("RegisterProject", scoped(dept, year).put("projectCode", "PW").put("name", "误登记项目").put("category", "BUSINESS"));
        send("RecordAppropriation", line(dept, year, "PW-L", "PROJECT", "PW", "0.00"));
        send("SetPerformanceGoal", scoped(dept, year).put("projectCode", "PW").put("goal", "误登记的目标"));
        send("DefineIndicator", scoped(dept, year).put("indicatorId", "IW").put("projectCode", "PW")
                .put("level1", "产出指标").put("level2", "数量指标").put("name", "误登记指标").put("target", "≥1次")
                .put("weight", "10"));
    }

    /** Every kind of ledger event is in these histories: a new kind fails here until this test sends it. */
    private void everyEventKindWasRecorded() {
        List<String> missing = new ArrayList<>();
        for (Class<?> kind : ledgerEventKinds()) {
            if (Sql.count(dbUrl, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE 'rand-%' "
                    + "AND payloadtype = ?", kind.getName()) == 0) {
                missing.add(kind.getSimpleName());
            }
        }
        assertThat(missing).as("event kinds the random histories never recorded").isEmpty();
    }

    private static Set<Class<?>> ledgerEventKinds() {
        Set<Class<?>> kinds = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("budgetledger.core").stream()
                .filter(c -> c.isAssignableTo(LedgerEvent.class) && !c.isInterface())
                .map(JavaClass::reflect).collect(Collectors.toSet());
        assertThat(kinds).hasSizeGreaterThan(20);
        return kinds;
    }

    private static void assertBalanced(Map<String, Object> f) {
        assertThat(amount(f, "budget.full")).isEqualByComparingTo(amount(f, "budget.basic.full").add(amount(f, "budget.project.full")));
        assertThat(amount(f, "expenditure.total")).isEqualByComparingTo(amount(f, "expenditure.basic").add(amount(f, "expenditure.project")));
        BigDecimal byNature = BigDecimal.ZERO;
        for (String n : new String[]{"generalPublic", "govFund", "stateCapital", "socialInsurance", "other"}) {
            byNature = byNature.add(amount(f, "expenditure.fund." + n));
        }
        assertThat(amount(f, "expenditure.total")).isEqualByComparingTo(byNature);
        assertThat(amount(f, "expenditure.total")).isLessThanOrEqualTo(amount(f, "budget.full"));
    }

    private void awaitLive(String ledgerId) throws InterruptedException {
        long head = events.headSequence(ledgerId);
        long deadline = System.currentTimeMillis() + 60_000;
        while (views.load(ledgerId).map(v -> v.lastSequence()).orElse(-1L) < head && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(views.load(ledgerId).map(v -> v.lastSequence()).orElse(-1L)).isEqualTo(head);
    }

    private void send(String command, ObjectNode body) {
        commands.execute(CommandLine.of(command, body), "random-tester", false);
    }

    /** Maker–checker: proposed by the tester, approved by a second person. */
    private void proposeAndApprove(String command, ObjectNode body) {
        String id = commands.execute(CommandLine.of(command, body), "random-tester", false).id();
        commands.execute(CommandLine.of("ApproveBudgetProposal", scoped(body.path("departmentId").asText(),
                body.path("year").asInt()).put("proposalId", id)), "random-checker", false);
    }

    private static String money(Random r, int maxYuan) {
        return BigDecimal.valueOf(1 + r.nextInt(maxYuan * 100), 2).toPlainString();
    }

    private static BigDecimal amount(Map<String, Object> f, String name) {
        return new BigDecimal(String.valueOf(f.get(name)));
    }

    private static ObjectNode line(String dept, int year, String id, String kind, String project, String amount) {
        ObjectNode c = scoped(dept, year).put("lineId", id).put("kind", kind).put("fundNature", "GENERAL_PUBLIC")
                .put("functionalCode", "2013201").put("amount", amount).put("initial", true)
                .put("businessDate", year + "-01-05");
        if (project != null) {
            c.put("projectCode", project);
        }
        return c;
    }

    private static ObjectNode scoped(String dept, int year) {
        return obj().put("departmentId", dept).put("year", year);
    }

    private static ObjectNode obj() {
        return LedgerJson.mapper().createObjectNode();
    }
}
