package budgetledger.app.figures;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 接待须填批次人数 through the API: a 公务接待费 voucher without its batches and persons is refused and writes nothing;
 * a further voucher of a counted batch states 0. And a store written before the rule (events of revision 1, where a
 * missing count was stored as 0) reads such a voucher as 未记录 through the upcaster, with its chain still intact.
 */
class ReceptionCountsApiTest extends PostgresIntegrationTest {
    private static final String D = "jiedai";

    @LocalServerPort
    int port;
    @Autowired
    FiguresService figures;
    @Autowired
    budgetledger.app.audit.AuditService audit;

    @Test
    void receptionNeedsItsCountsAndAnOldStoresZeroReadsAsUnrecorded() {
        Api api = new Api(port);
        Recording recording = new Recording(api);
        recording.ledger(D, 2024);
        String y = yearPath(D, 2024);
        api.post(y + "/three-public-limits", body("abroad", "0.00", "vehiclePurchase", "0.00",
                "vehicleOperation", "0.00", "reception", "5000.00", "businessDate", "2024-01-05")).expect(201);
        recording.appropriation(D, 2024, "U", "10000.00");
        long head = Sql.head(dbUrl, D + "/2024");

        Api.Response refused = api.post(y + "/expenditures", reception("J-0", null, null));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("RECEPTION_COUNTS_REQUIRED");
        assertThat(refused.json().path("title").asText()).contains("接待批次");
        assertThat(Sql.head(dbUrl, D + "/2024")).as("nothing written").isEqualTo(head);
        assertThat(api.post(y + "/expenditures", reception("J-1", 2, 1)).code()).isEqualTo("RECEPTION_COUNTS_REQUIRED");

        api.post(y + "/expenditures", reception("J-1", 1, 6)).expect(201);
        api.post(y + "/expenditures", reception("J-2", 0, 0)).expect(201);
        Map<String, Object> now = figures.replayed(D, 2024, null, null).figures();
        assertThat(now).containsEntry("threePublic.reception.batches", 1).containsEntry("threePublic.reception.persons", 6)
                .containsEntry("threePublic.reception.unrecorded", 0);

        // as a store written before revision 2 holds it: J-2's 0 and 0 meant "not given"
        assertThat(Sql.update(dbUrl, "UPDATE domainevententry SET payloadrevision = '1' WHERE aggregateidentifier = ?"
                + " AND convert_from(payload, 'UTF8') LIKE '%\"J-2\"%'", D + "/2024")).isEqualTo(1);
        Map<String, Object> old = figures.replayed(D, 2024, null, null).figures();
        assertThat(old).containsEntry("threePublic.reception.batches", null)
                .containsEntry("threePublic.reception.unrecorded", 1)
                .containsEntry("threePublic.reception.actual", "300.00");
        assertThat(audit.verify(D, 2024).breaks()).as("the stored bytes are untouched: the chain still holds").isEmpty();
    }

    private static Map<String, Object> reception(String id, Integer batches, Integer persons) {
        Map<String, Object> b = body("expenditureId", id, "lineId", "U", "amount", "150.00",
                "businessDate", "2024-04-02", "economicCode", "30217", "payee", "接待中心", "summary", "公务接待");
        if (batches != null) {
            b.put("receptionBatches", batches);
        }
        if (persons != null) {
            b.put("receptionPersons", persons);
        }
        return b;
    }
}
