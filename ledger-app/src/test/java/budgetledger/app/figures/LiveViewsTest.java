package budgetledger.app.figures;

import budgetledger.app.support.Api;
import budgetledger.app.support.Recording;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Sql;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.fold.LedgerView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fold, two homes: the view the streaming processor keeps in PostgreSQL equals the same fold replayed from the
 * event store — as figures and as fold state — and a rebuild (tokens reset, views replayed from the start) arrives
 * at the same view again, repairing a view that no longer matches its history.
 */
class LiveViewsTest extends PostgresIntegrationTest {
    private static final List<String> LEDGERS = List.of("live/2023", "live/2024");

    @LocalServerPort
    int port;
    @Autowired
    FiguresService figures;
    @Autowired
    ViewStore views;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;

    @Test
    void theLiveViewEqualsTheReplayedFoldAndARebuildArrivesAtItAgain() {
        record(new Api(port));
        Sql.awaitViews(dbUrl, LEDGERS);

        assertLiveEqualsReplayed();
        Map<String, Object> live = figures.live("live", 2024).figures();
        assertThat(live.get("budget.procurement")).hasToString("3000.00");
        assertThat(live.get("budget.full")).isNotEqualTo("0.00");

        // a live view that no longer matches its history is visible as a difference
        assertThat(Sql.update(dbUrl, "UPDATE ledger_view SET state = jsonb_set(state, '{budget,procurementBudget}', "
                + "'\"9999.00\"') WHERE ledger_id = 'live/2024'")).isEqualTo(1);
        assertThat(figures.live("live", 2024).figures().get("budget.procurement")).hasToString("9999.00");
        assertThat(figures.live("live", 2024).figures()).isNotEqualTo(figures.replayed("live", 2024, null, null).figures());

        // rebuild: reset the processor's tokens, which empties the views, and let it fold the whole store again
        StreamingEventProcessor processor = processing
                .eventProcessor(LiveViewProjector.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM ledger_view")).as("views emptied by the reset").isZero();
        processor.start();
        Sql.awaitViews(dbUrl, LEDGERS);
        awaitProcessedUpToHead(processor);

        assertLiveEqualsReplayed();
        assertThat(figures.live("live", 2024).figures().get("budget.procurement")).hasToString("3000.00");
        assertThat(figures.live("live", 2024).figures()).isEqualTo(live);
    }

    private void assertLiveEqualsReplayed() {
        Instant now = Instant.now();
        for (String ledgerId : LEDGERS) {
            LedgerView stored = views.load(ledgerId).orElseThrow();
            assertThat(stored.lastSequence()).as("live view of %s is current", ledgerId).isEqualTo(Sql.head(dbUrl, ledgerId));
            assertThat(stored).as("fold state of %s", ledgerId).isEqualTo(figures.replay(ledgerId, now, null));
        }
        for (int year : new int[]{2023, 2024}) {
            FiguresDocument live = figures.live("live", year);
            FiguresDocument replayed = figures.replayed("live", year, null, null);
            assertThat(live.figures()).as("figures of %d", year).isEqualTo(replayed.figures());
            assertThat(live.indicators()).isEqualTo(replayed.indicators());
            assertThat(live.projects()).isEqualTo(replayed.projects());
            assertThat(live.departmentName()).isEqualTo("测试单位live");
        }
    }

    /**
     * Waits until every segment's position reached the store's head. (Not until it stops "replaying": Axon ends a
     * segment's replay only when it handles an event newer than the reset, so on an idle store that never happens.)
     */
    private void awaitProcessedUpToHead(StreamingEventProcessor processor) {
        long head = eventStore.createHeadToken().position().orElse(-1);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (processor.processingStatus().isEmpty() || processor.processingStatus().values().stream()
                .anyMatch(s -> s.getCurrentPosition().orElse(-1) < head)) {
            assertThat(System.nanoTime()).as("processed up to %d within 20 s: %s", head,
                    processor.processingStatus().values()).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Two years of one department through the API: every kind of budget fact, 三公, a project and its indicators. */
    private static void record(Api api) {
        api.post("/api/v1/departments", body("departmentId", "live", "name", "测试单位live")).expect(201);
        for (int year : new int[]{2023, 2024}) {
            String y = yearPath("live", year);
            if (year == 2023) {
                api.post("/api/v1/departments/live/years", body("year", 2023)).expect(201);
            } else {
                api.post("/api/v1/departments/live/years", body("year", 2024, "carryOverFromPriorYear", true)).expect(201);
            }
            String d = year + "-";
            api.post(y + "/three-public-limits", body("abroad", "0.00", "vehiclePurchase", "0.00",
                    "vehicleOperation", "20000.00", "reception", "5000.00", "businessDate", d + "01-05")).expect(201);
            api.post(y + "/procurement-budget", body("amount", year == 2023 ? "2000.00" : "3000.00",
                    "businessDate", d + "01-05")).expect(201);
            api.post(y + "/projects", body("projectCode", "PX-" + year, "name", "党员教育培训", "category", "SPECIAL")).expect(201);
            appropriation(api, y, "P-" + year, "BASIC_PERSONNEL", null, "50000.00", d + "01-05");
            appropriation(api, y, "U-" + year, "BASIC_PUBLIC", null, "10000.00", d + "01-05");
            appropriation(api, y, "X-" + year, "PROJECT", "PX-" + year, "20000.00", d + "01-06");
            api.post(y + "/receipts", body("receiptId", "R-" + year, "fundNature", "GENERAL_PUBLIC", "amount", "70000.00",
                    "businessDate", d + "01-31")).expect(201);
            spend(api, y, "W-1", "P-" + year, "30101", "41000.00", d + "02-10", null, null);
            spend(api, y, "O-1", "U-" + year, "30201", "1200.00", d + "03-10", null, null);
            spend(api, y, "O-2", "U-" + year, "30206", "800.50", d + "03-11", null, null);
            spend(api, y, "J-1", "U-" + year, "30217", "860.00", d + "04-02", 2, 11);
            spend(api, y, "C-1", "U-" + year, "30231", "1500.00", d + "05-20", null, null);
            spend(api, y, "T-1", "X-" + year, "30211", "3000.00", d + "06-15", null, null);
            api.post(y + "/expenditures/O-2/reversal", body("reason", "金额录入错误", "businessDate", d + "03-12")).expect(201);
            spend(api, y, "O-3", "U-" + year, "30206", "805.00", d + "03-12", null, null);
            // maker–checker: each adjustment and transfer takes effect when a second person approves it
            Recording.approve(api, y, api.post(y + "/adjustments", body("lineId", "X-" + year, "direction", "SUPPLEMENT",
                    "amount", "5000.00", "businessDate", d + "07-01")));
            Recording.approve(api, y, api.post(y + "/adjustments", body("lineId", "U-" + year, "direction", "REDUCTION",
                    "amount", "1000.00", "businessDate", d + "09-01")));
            Recording.approve(api, y, api.post(y + "/transfers", body("fromLineId", "P-" + year, "toLineId", "U-" + year,
                    "amount", "2000.00", "businessDate", d + "11-14")));
            api.post(y + "/establishment", body("businessDate", d + "12-31", "staff", List.of(
                    body("category", "行政编制", "seconded", false, "authorized", 20, "actual", 18),
                    body("category", "事业编制", "seconded", false, "authorized", 4, "actual", 4)),
                    "retired", 3, "vehiclesAuthorized", 1, "vehiclesActual", 1)).expect(201);
            api.post(y + "/goals", body("projectCode", "PX-" + year, "goal", "完成全市党员集中培训")).expect(201);
            api.post(y + "/indicators", body("indicatorId", "I-1", "projectCode", "PX-" + year, "level1", "产出指标",
                    "level2", "数量指标", "name", "培训人次", "target", "≥500人次", "weight", "20")).expect(201);
            api.post(y + "/indicators", body("indicatorId", "I-2", "projectCode", "PX-" + year, "level1", "满意度指标",
                    "level2", "服务对象满意度指标", "name", "参训满意度", "target", "≥90%", "weight", "10")).expect(201);
            api.post(y + "/indicators/I-1/outcome", body("actual", year == 2023 ? "460人次" : "620人次")).expect(201);
            api.post(y + "/indicators/I-2/outcome", body("actual", "95%")).expect(201);
            if (year == 2023) {
                api.post(y + "/close", body("closingDate", "2024-01-10", "carryOverLineIds", List.of("X-2023"))).expect(201);
            }
        }
    }

    private static void appropriation(Api api, String y, String lineId, String kind, String project, String amount, String date) {
        Map<String, Object> b = body("lineId", lineId, "kind", kind, "fundNature", "GENERAL_PUBLIC",
                "functionalCode", "2013201", "amount", amount, "initial", true, "businessDate", date);
        if (project != null) {
            b.put("projectCode", project);
        }
        api.post(y + "/appropriations", b).expect(201);
    }

    private static void spend(Api api, String y, String id, String lineId, String economic, String amount, String date,
                              Integer batches, Integer persons) {
        Map<String, Object> b = body("expenditureId", id, "lineId", lineId, "amount", amount, "businessDate", date,
                "economicCode", economic, "payee", "收款单位", "voucherNo", "记-" + id, "summary", "支出 " + id,
                "procurement", economic.equals("30201"));
        if (batches != null) {
            b.put("receptionBatches", batches);
            b.put("receptionPersons", persons);
        }
        api.post(y + "/expenditures", b).expect(201);
    }
}
