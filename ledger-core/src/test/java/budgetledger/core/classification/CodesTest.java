package budgetledger.core.classification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Codes validate themselves; 三公 categories and 人员经费 derive from the economic code alone (docs/scoring.md R10). */
class CodesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "30212, ABROAD",
            "31013, VEHICLE_PURCHASE",
            "30913, VEHICLE_PURCHASE",
            "30231, VEHICLE_OPERATION",
            "30217, RECEPTION"})
    void mapsTheThreePublicEconomicCodes(String code, ThreePublicCategory category) {
        assertThat(ThreePublicCategory.of(EconomicCode.of(code))).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30201", "30211", "30215", "30216", "31019", "30239", "302"})
    void otherCodesAreNotThreePublic(String code) {
        // 差旅费, 会议费, 培训费, 其他交通工具购置 … are not 三公, nor is the 类 302 itself
        assertThat(ThreePublicCategory.of(EconomicCode.of(code))).isEmpty();
    }

    @Test
    void noCodeIsNoCategory() {
        assertThat(ThreePublicCategory.of(null)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"30101, true", "30302, true", "30201, false", "31013, false", "301, true"})
    void personnelIsWagesAndTransfersToIndividuals(String code, boolean personnel) {
        assertThat(EconomicCode.of(code).isPersonnel()).isEqualTo(personnel);
    }

    @Test
    void economicCodeKnowsItsClass() {
        assertThat(EconomicCode.of("30217").category()).isEqualTo("302");
        assertThat(EconomicCode.of("30217")).hasToString("30217");
    }

    @Test
    void functionalCodeListsItsLevels() {
        assertThat(FunctionalCode.of("2013201").levels()).containsExactly("201", "20132", "2013201");
        assertThat(FunctionalCode.of("201").levels()).containsExactly("201");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "2013", "201320", "20132011", "abc"})
    void functionalCodeRefusesOtherShapes(String code) {
        assertThatThrownBy(() -> FunctionalCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "3021", "302170", "x0217"})
    void economicCodeRefusesOtherShapes(String code) {
        assertThatThrownBy(() -> EconomicCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesRefuseNull() {
        assertThatThrownBy(() -> FunctionalCode.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EconomicCode.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
