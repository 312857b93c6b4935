package budgetledger.core.classification;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refused unknown code names the year's nearest known codes: same prefix first, then fewest edits; five at most. */
class NearestCodesTest {
    private final ClassificationCatalogue y2024 = ClassificationCatalogue.forYear(2024);

    private static String refusal(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
        return t.getMessage();
    }

    @Test
    void anUnknownFunctionalCodeSuggestsTheCodesOfItsOwnKuanWithTheirNames() {
        String message = refusal(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, () -> y2024.requireFunctional("2013209"));
        assertThat(message).contains("2024 年度无科目 2013209", "；最接近的科目：2013201 行政运行、2013202 一般行政管理事务、"
                + "2013203 机关服务");
        String suggested = message.substring(message.lastIndexOf("：") + 1);
        assertThat(suggested.split("、")).hasSize(NearestCodes.MAX).allSatisfy(s -> assertThat(s).startsWith("20132"));
    }

    @Test
    void aTypoInTheFirstDigitIsFoundByEditDistance() {
        String message = refusal(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, () -> y2024.requireFunctional("1013201"));
        assertThat(message).contains("最接近的科目：2013201 行政运行");
    }

    @Test
    void anUnknownEconomicCodeSuggestsItsNeighbours() {
        String message = refusal(ErrorCode.UNKNOWN_ECONOMIC_CODE, () -> y2024.requireEconomic("30219"));
        assertThat(message).contains("2024 年度无科目 30219", "最接近的科目：30211 差旅费、30212 因公出国(境)费用");
    }

    @Test
    void theSamePrefixComesBeforeFewerEdits() {
        Map<String, String> known = Map.of("2160201", "行政运行", "2150201", "行政运行", "21602", "商业流通事务",
                "204", "公共安全支出");
        // 2150201 is as few edits away as 2160201, but 21602 shares the typed 类 and 款; among equals, the 项 that
        // has the typed length comes before its 款
        assertThat(NearestCodes.nearest("2160299", known)).extracting(Map.Entry::getKey)
                .containsExactly("2160201", "21602", "2150201", "204");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestCodes.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestCodes.editDistance("30217", "3021")).isEqualTo(1);
        assertThat(NearestCodes.editDistance("", "201")).isEqualTo(3);
        assertThat(NearestCodes.suggestion("201", Map.of())).isEmpty();
    }

    @Test
    void aMalformedCodeIsRefusedForItsShapeWithoutSuggestions() {
        assertThatThrownBy(() -> y2024.requireFunctional("20a"))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.getMessage()).doesNotContain("最接近"));
    }
}
