package budgetledger.core.classification;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassificationCatalogueTest {
    private final ClassificationCatalogue y2024 = ClassificationCatalogue.forYear(2024);

    static void assertRefused(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void knowsTheSeedsFunctionalCodeIn2024() {
        assertThat(y2024.functionalName("2013201")).contains("行政运行");
        assertThat(y2024.requireFunctional("2013201")).isEqualTo(FunctionalCode.of("2013201"));
        assertThat(y2024.functionalName("20132")).contains("组织事务");
        assertThat(y2024.functionalName("201")).contains("一般公共服务支出");
    }

    @Test
    void leaves30219OutOfTheEconomicCatalogue() {
        assertThat(y2024.economicName("30219")).isEmpty();
        assertRefused(ErrorCode.UNKNOWN_ECONOMIC_CODE, () -> y2024.requireEconomic("30219"));
    }

    @Test
    void knowsTheThreePublicEconomicCodes() {
        assertThat(y2024.economicName("30217")).contains("公务接待费");
        assertThat(y2024.economicName("30231")).contains("公务用车运行维护费");
        assertThat(y2024.economicName("31013")).contains("公务用车购置");
        assertThat(y2024.economicName("30212")).hasValueSatisfying(n -> assertThat(n).startsWith("因公出国(境)"));
    }

    @Test
    void namesClass210ByTheEditionOfTheYear() {
        assertThat(ClassificationCatalogue.forYear(2018).functionalName("210")).contains("医疗卫生与计划生育支出");
        assertThat(y2024.functionalName("210")).contains("卫生健康支出");
        assertThat(ClassificationCatalogue.forYear(2019).functionalName("210")).contains("卫生健康支出");
    }

    @Test
    void aYearBeforeTheFirstEditionHasNoCodes() {
        ClassificationCatalogue y2010 = ClassificationCatalogue.forYear(2010);
        assertThat(y2010.functionalCodes()).isEmpty();
        assertRefused(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, () -> y2010.requireFunctional("2013201"));
    }

    @Test
    void refusesFunctionalCodeAbsentFromTheYear() {
        assertRefused(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, () -> y2024.requireFunctional("2013298"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20132011", "2013", "201320a", ""})
    void refusesMalformedFunctionalCodeWithTheFunctionalError(String code) {
        assertRefused(ErrorCode.UNKNOWN_FUNCTIONAL_CODE, () -> y2024.requireFunctional(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3021", "302170", "3O217", ""})
    void refusesMalformedEconomicCodeWithTheEconomicError(String code) {
        assertRefused(ErrorCode.UNKNOWN_ECONOMIC_CODE, () -> y2024.requireEconomic(code));
    }

    @Test
    void trimsCodesBeforeCheckingThem() {
        assertThat(y2024.requireEconomic(" 30201 ").value()).isEqualTo("30201");
    }

    @Test
    void everyCodeInTheCatalogueHasAWellFormedParent() {
        y2024.functionalCodes().keySet().forEach(code -> {
            FunctionalCode c = FunctionalCode.of(code);
            c.levels().forEach(level -> assertThat(y2024.functionalCodes()).as("parent %s of %s", level, code)
                    .containsKey(level));
        });
        y2024.economicCodes().keySet().forEach(code ->
                assertThat(y2024.economicCodes()).as("类 of %s", code).containsKey(EconomicCode.of(code).category()));
    }

    @Test
    void isCachedPerYear() {
        assertThat(ClassificationCatalogue.forYear(2024)).isSameAs(y2024);
        assertThat(y2024.fiscalYear()).isEqualTo(2024);
    }
}
