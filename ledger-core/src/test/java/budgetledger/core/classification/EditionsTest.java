package budgetledger.core.classification;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every edition 2018–2026 of the shipped 政府收支分类科目: its 类, its 款 where issue 11 needs them, its names. */
class EditionsTest {
    /** The 类 of the 2018 edition (一般公共预算, 政府性基金预算 and 国有资本经营预算 支出功能分类). */
    private static final List<String> CLASSES_2018 = List.of("201", "202", "203", "204", "205", "206", "207", "208",
            "210", "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "227", "229",
            "230", "231", "232", "233");

    static Stream<Integer> years() {
        return IntStream.rangeClosed(2018, 2026).boxed();
    }

    private static List<String> classesOf(int year) {
        List<String> classes = new ArrayList<>(CLASSES_2018);
        if (year >= 2019) {
            classes.add("224");   // 灾害防治及应急管理支出, after the 2018 机构改革
        }
        if (year >= 2020) {
            classes.add("234");   // 抗疫特别国债安排的支出
        }
        return classes.stream().sorted().toList();
    }

    @Test
    void thereIsAnEditionForEveryYearFrom2018To2026() {
        assertThat(ClassificationCatalogue.functionalEditions()).containsExactlyElementsOf(years().toList());
        assertThat(ClassificationCatalogue.firstYear()).isEqualTo(2018);
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyClassOfTheEditionIsPresentAndNoOther(int year) {
        var codes = ClassificationCatalogue.forYear(year).functionalCodes();
        assertThat(codes.keySet().stream().filter(c -> c.length() == 3).toList()).containsExactlyElementsOf(classesOf(year));
    }

    @ParameterizedTest
    @MethodSource("years")
    void class216AndThe204JusticeItemsThatWereRefusedAreThere(int year) {
        var catalogue = ClassificationCatalogue.forYear(year);
        assertThat(catalogue.functionalName("216")).contains("商业服务业等支出");
        assertThat(catalogue.functionalName("21602")).contains("商业流通事务");
        assertThat(catalogue.functionalName("2160201")).contains("行政运行");
        assertThat(catalogue.functionalName("21606")).contains("涉外发展服务支出");
        assertThat(catalogue.functionalName("21699")).contains("其他商业服务业等支出");
        assertThat(catalogue.functionalName("20406")).contains("司法");
        assertThat(catalogue.requireFunctional("2040601").value()).isEqualTo("2040601");
        assertThat(catalogue.functionalName("2040610")).contains("社区矫正");
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyCodeHasItsParentInTheSameEdition(int year) {
        var catalogue = ClassificationCatalogue.forYear(year);
        catalogue.functionalCodes().keySet().forEach(code -> FunctionalCode.of(code).levels().forEach(level ->
                assertThat(catalogue.functionalCodes()).as("%d: parent %s of %s", year, level, code).containsKey(level)));
        catalogue.economicCodes().keySet().forEach(code -> assertThat(catalogue.economicCodes())
                .as("%d: 类 of %s", year, code).containsKey(EconomicCode.of(code).category()));
        catalogue.governmentEconomicCodes().keySet().forEach(code -> assertThat(catalogue.governmentEconomicCodes())
                .as("%d: 类 of %s", year, code).containsKey(code.substring(0, 3)));
    }

    @ParameterizedTest
    @CsvSource({
            "2018, 21305, 扶贫", "2020, 21305, 扶贫", "2021, 21305, 巩固脱贫衔接乡村振兴", "2026, 21305, 巩固脱贫衔接乡村振兴",
            "2020, 2130599, 其他扶贫支出", "2021, 2130599, 其他巩固脱贫衔接乡村振兴支出",
            "2018, 210, 医疗卫生与计划生育支出", "2019, 210, 卫生健康支出",
            "2018, 207, 文化体育与传媒支出", "2019, 207, 文化旅游体育与传媒支出",
            "2018, 215, 资源勘探信息等支出", "2019, 215, 资源勘探工业信息等支出",
            "2018, 220, 国土海洋气象等支出", "2024, 220, 自然资源海洋气象等支出",
            "2019, 20805, 行政事业单位离退休", "2020, 20805, 行政事业单位养老支出",
            "2018, 21301, 农业", "2019, 21301, 农业农村",
            // a later year with no edition of its own keeps the last one
            "2030, 21305, 巩固脱贫衔接乡村振兴"
    })
    void aRenamedCodeCarriesTheNameOfItsYear(int year, String code, String name) {
        assertThat(ClassificationCatalogue.forYear(year).functionalName(code)).contains(name);
    }

    @Test
    void aCodeWithdrawnByAnEditionIsRefusedFromThenOnWithTheNearestCodesOfThatYear() {
        assertThat(ClassificationCatalogue.forYear(2018).functionalName("21010")).contains("食品和药品监督管理事务");
        Throwable t = catchThrowable(() -> ClassificationCatalogue.forYear(2019).requireFunctional("21010"));
        assertThat(t).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_FUNCTIONAL_CODE));
        assertThat(t.getMessage()).contains("2019 年度无科目 21010", "最接近的科目：21011 行政事业单位医疗", "21012 ");
    }

    @Test
    void aClassCreatedByALaterEditionIsRefusedInAnEarlierYear() {
        assertThat(ClassificationCatalogue.forYear(2019).functionalName("22401")).contains("应急管理事务");
        Throwable t = catchThrowable(() -> ClassificationCatalogue.forYear(2018).requireFunctional("22401"));
        assertThat(t).isInstanceOf(LedgerException.class).hasMessageContaining("2018 年度无科目 22401")
                .hasMessageContaining("最接近的科目：");
    }

    @ParameterizedTest
    @MethodSource("years")
    void theGovernmentFundKuanOfEveryEditionAreThere(int year) {
        var catalogue = ClassificationCatalogue.forYear(year);
        assertThat(catalogue.functionalName("21208")).contains("国有土地使用权出让收入安排的支出");
        assertThat(catalogue.functionalName("2120801")).contains("征地和拆迁补偿支出");
        assertThat(catalogue.functionalName("21366")).contains("大中型水库库区基金安排的支出");
        assertThat(catalogue.functionalName("21464")).contains("铁路建设基金支出");
        assertThat(catalogue.functionalName("22904")).contains("其他政府性基金及对应专项债务收入安排的支出");
        assertThat(catalogue.functionalName("2296002")).contains("用于社会福利的彩票公益金支出");
    }

    @Test
    void theKuanAddedIn2024ExistFrom2024On() {
        for (int year : List.of(2018, 2023)) {
            assertThat(catalogue(year).functionalCodes()).as("%d", year).doesNotContainKeys("20139", "20140", "2014001");
        }
        for (int year : List.of(2024, 2026)) {
            assertThat(catalogue(year).functionalName("20139")).as("%d", year).contains("社会工作事务");
            assertThat(catalogue(year).functionalName("20140")).as("%d", year).contains("信访事务");
            assertThat(catalogue(year).functionalName("2014001")).as("%d", year).contains("行政运行");
        }
    }

    private static ClassificationCatalogue catalogue(int year) {
        return ClassificationCatalogue.forYear(year);
    }

    @Test
    void theGovernmentEconomicClassificationIsShippedAlongside() {
        var catalogue = ClassificationCatalogue.forYear(2024);
        assertThat(catalogue.governmentEconomicCodes()).containsEntry("501", "机关工资福利支出")
                .containsEntry("50101", "工资奖金津补贴").containsEntry("51301", "上下级政府间转移性支出")
                .containsKeys("502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513",
                        "514", "599");
        assertThat(catalogue.economicCodes()).containsEntry("31204", "费用补贴").containsEntry("39907", "国家赔偿费用支出");
        assertThat(ClassificationCatalogue.forYear(2017).governmentEconomicCodes()).isEmpty();
    }

    @Test
    void everyDataLineOfEveryShippedFileNamesItsSource() throws IOException {
        List<String> files = new ArrayList<>();
        years().forEach(y -> files.add("functional-" + y));
        files.add("economic-2018");
        files.add("government-economic-2018");
        for (String file : files) {
            try (InputStream in = EditionsTest.class.getResourceAsStream("/classification/" + file + ".tsv")) {
                assertThat(in).as(file).isNotNull();
                List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("@base")).toList();
                assertThat(lines).as(file).allSatisfy(l -> {
                    String[] parts = l.split("\t");
                    assertThat(parts).as(file + ": " + l).hasSize(3);
                    assertThat(parts[2]).as(file + ": " + l).isIn("S", "P", "R", "G");
                });
            }
        }
    }
}
