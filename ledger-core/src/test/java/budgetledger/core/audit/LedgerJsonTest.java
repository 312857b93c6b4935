package budgetledger.core.audit;

import budgetledger.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerJsonTest {
    @Test
    void canonicalSortsKeysAtEveryLevelAndDropsNulls() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("y", 2);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", List.of(inner));
        outer.put("a", null);
        outer.put("c", inner);
        assertThat(LedgerJson.canonical(outer)).isEqualTo("{\"b\":[{\"y\":2,\"z\":1}],\"c\":{\"y\":2,\"z\":1}}");
    }

    @Test
    void canonicalIgnoresKeyOrderAndWhitespaceOfTheSource() {
        assertThat(LedgerJson.canonicalOfJson("{ \"b\" : 1,\n \"a\" : \"x\" }"))
                .isEqualTo(LedgerJson.canonicalOfJson("{\"a\":\"x\",\"b\":1}"))
                .isEqualTo("{\"a\":\"x\",\"b\":1}");
    }

    @Test
    void moneyIsWrittenAsAYuanStringWithTwoDecimals() {
        assertThat(LedgerJson.canonical(Map.of("amount", Money.parse("1796.7"))))
                .isEqualTo("{\"amount\":\"1796.70\"}");
    }

    @Test
    void datesAreWrittenAsIsoText() {
        assertThat(LedgerJson.canonical(Map.of("d", java.time.LocalDate.of(2024, 6, 30))))
                .isEqualTo("{\"d\":\"2024-06-30\"}");
    }
}
