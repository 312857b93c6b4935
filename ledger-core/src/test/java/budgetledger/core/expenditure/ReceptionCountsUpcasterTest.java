package budgetledger.core.expenditure;

import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceptionCountsUpcasterTest {

    private static JsonNode event(String threePublic, int batches, int persons) throws Exception {
        return LedgerJson.mapper().readTree("""
                {"departmentId":"d","year":2023,"expenditureId":"E1","posting":{"lineId":"L","threePublic":%s,
                 "receptionBatches":%d,"receptionPersons":%d,"amount":"100.00"}}""".formatted(threePublic, batches, persons));
    }

    @Test
    void aRevisionOneReceptionWithZeroCountsIsReadAsUnrecorded() throws Exception {
        JsonNode posting = ReceptionCountsUpcaster.upcast(event("\"RECEPTION\"", 0, 0)).path("posting");
        assertThat(posting.get("receptionBatches").isNull()).isTrue();
        assertThat(posting.get("receptionPersons").isNull()).isTrue();
    }

    @Test
    void recordedCountsAndOtherPostingsAreKept() throws Exception {
        JsonNode counted = ReceptionCountsUpcaster.upcast(event("\"RECEPTION\"", 2, 9)).path("posting");
        assertThat(counted.path("receptionBatches").asInt()).isEqualTo(2);
        assertThat(counted.path("receptionPersons").asInt()).isEqualTo(9);
        JsonNode office = ReceptionCountsUpcaster.upcast(event("null", 0, 0)).path("posting");
        assertThat(office.path("receptionBatches").isInt()).isTrue();
        assertThat(office.path("receptionBatches").asInt()).isZero();
    }
}
