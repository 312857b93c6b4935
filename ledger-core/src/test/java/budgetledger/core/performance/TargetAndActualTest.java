package budgetledger.core.performance;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The target and actual texts as the seed prints them (docs/scoring.md, Indicators). */
class TargetAndActualTest {
    /** Every target text of the seed's indicator tables, read as: operator, value, unit (null for qualitative). */
    static final Map<String, Target> SEED_TARGETS = Map.ofEntries(
            entry("≥700册", new Target(Operator.GE, "700", "册", "≥700册")),
            entry("≥500人次", new Target(Operator.GE, "500", "人次", "≥500人次")),
            entry("=100%", new Target(Operator.EQ, "100", "%", "=100%")),
            entry("≥8次", new Target(Operator.GE, "8", "次", "≥8次")),
            entry("考核合格", new Target(Operator.QUALITATIVE, null, null, "考核合格")),
            entry("≥900万元", new Target(Operator.GE, "900", "万元", "≥900万元")),
            entry("≤100%", new Target(Operator.LE, "100", "%", "≤100%")),
            entry("中长期保障", new Target(Operator.QUALITATIVE, null, null, "中长期保障")),
            entry("不断提升", new Target(Operator.QUALITATIVE, null, null, "不断提升")),
            entry("≥90%", new Target(Operator.GE, "90", "%", "≥90%")),
            entry("根据实际工作需要录用", new Target(Operator.QUALITATIVE, null, null, "根据实际工作需要录用")),
            entry("≥1次", new Target(Operator.GE, "1", "次", "≥1次")),
            entry("0%", new Target(Operator.EQ, "0", "%", "0%")),
            entry("≥80%", new Target(Operator.GE, "80", "%", "≥80%")),
            entry("100%", new Target(Operator.EQ, "100", "%", "100%")),
            entry("人均≤2000元", new Target(Operator.LE, "2000", "元", "人均≤2000元")),
            entry("中长期保证", new Target(Operator.QUALITATIVE, null, null, "中长期保证")),
            entry("≥4次", new Target(Operator.GE, "4", "次", "≥4次")),
            entry("2024年底全部完成", new Target(Operator.QUALITATIVE, null, null, "2024年底全部完成")),
            entry("≤10万元", new Target(Operator.LE, "10", "万元", "≤10万元")),
            entry("≥5次", new Target(Operator.GE, "5", "次", "≥5次")),
            entry("≤41.7万元", new Target(Operator.LE, "41.7", "万元", "≤41.7万元")),
            entry("不断增强", new Target(Operator.QUALITATIVE, null, null, "不断增强")),
            entry("≥99.8%", new Target(Operator.GE, "99.8", "%", "≥99.8%")));

    record SeedIndicator(String target, String actual, String weight, String score) {
    }

    /** The seed report's indicator rows (datasets/golden/), found from the module or the root directory. */
    static List<SeedIndicator> seedIndicators() throws IOException {
        Path golden = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                .map(p -> p.resolve("datasets/golden/yiyang-zzb-2024.json"))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("datasets/golden/yiyang-zzb-2024.json not found above "
                        + Path.of("").toAbsolutePath()));
        JsonNode root = LedgerJson.mapper().readTree(golden.toFile());
        List<SeedIndicator> all = new ArrayList<>();
        root.path("indicators").path("department").forEach(i -> all.add(indicator(i)));
        root.path("projects").forEach(p -> p.path("indicators").forEach(i -> all.add(indicator(i))));
        return all;
    }

    private static SeedIndicator indicator(JsonNode i) {
        return new SeedIndicator(i.path("target").asText(), i.path("actual").asText(), i.path("weight").asText(),
                i.path("score").asText());
    }

    @Test
    void readsEveryTargetOfTheSeedAsItsFormMeans() throws IOException {
        List<SeedIndicator> seed = seedIndicators();
        assertThat(seed).hasSizeGreaterThanOrEqualTo(38);
        for (SeedIndicator i : seed) {
            assertThat(SEED_TARGETS).as("expected reading of seed target “%s”", i.target()).containsKey(i.target());
            assertThat(Target.of(i.target(), null, null, null)).as("target “%s”", i.target())
                    .isEqualTo(SEED_TARGETS.get(i.target()));
        }
    }

    @Test
    void scoresEverySeedQuantitativeIndicatorAsTheSeedPrintsIt() throws IOException {
        int scored = 0;
        for (SeedIndicator i : seedIndicators()) {
            Target target = Target.of(i.target(), null, null, null);
            Actual actual = Actual.parse(i.actual());
            if (target.qualitative() || !actual.quantitative()) {
                continue;
            }
            assertThat(actual.unit()).as("unit of “%s” against “%s”", i.actual(), i.target()).isEqualTo(target.unit());
            assertThat(Scoring.quantitative(target.operator(), target.number(), actual.number(),
                    new BigDecimal(i.weight())))
                    .as("score of “%s” against “%s”", i.actual(), i.target())
                    .isEqualByComparingTo(i.score());
            scored++;
        }
        assertThat(scored).isEqualTo(24); // 38 indicators, 24 of them quantitative with a measured actual
    }

    @ParameterizedTest
    @CsvSource({
            "≥ 5次, GE, 5, 次",
            "≥700册, GE, 700, 册",
            "＝100％, EQ, 100, %",
            ">=3次, GE, 3, 次",
            "<=10万元, LE, 10, 万元",
            "≤ 41.7 万元, LE, 41.7, 万元",
            "＞90%, GT, 90, %",      // the strict and full-width operators the provincial forms write
            ">90%, GT, 90, %",
            "＜5%, LT, 5, %",
            "<5天, LT, 5, 天",
            "≧3次, GE, 3, 次",
            "＞＝3次, GE, 3, 次"})
    void readsOperatorNumberAndUnitWithOrWithoutSpaces(String text, Operator op, String value, String unit) {
        Target t = Target.of(text, null, null, null);
        assertThat(t.operator()).isEqualTo(op);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"考核合格", "2024年底全部完成", "根据实际工作需要录用", "中长期保障", "不断提升"})
    void readsTextTargetsAsQualitative(String text) {
        Target t = Target.of(text, null, null, null);
        assertThat(t.qualitative()).isTrue();
        assertThat(t.value()).isNull();
        assertThat(t.unit()).isNull();
        assertThat(t.number()).isNull();
    }

    @Test
    void aBareNumberMeansEquals() {
        assertThat(Target.of("0%", null, null, null).operator()).isEqualTo(Operator.EQ);
        assertThat(Target.of("100%", null, null, null).operator()).isEqualTo(Operator.EQ);
        assertThat(Target.of("0%", null, null, null).number()).isEqualByComparingTo("0");
    }

    @Test
    void explicitOperatorValueAndUnitWinOverTheText() {
        assertThat(Target.of("人均≤2000元", Operator.LE, "1500", "元"))
                .isEqualTo(new Target(Operator.LE, "1500", "元", "人均≤2000元"));
        assertThat(Target.of("≥8次", Operator.QUALITATIVE, null, null).qualitative()).isTrue();
        assertThat(Target.of("全年培训不少于五期", Operator.GE, "5", "期"))
                .isEqualTo(new Target(Operator.GE, "5", "期", "全年培训不少于五期"));
    }

    @Test
    void refusesQuantitativeTargetWithoutNumber() {
        assertThatThrownBy(() -> Target.of("不少于五期", Operator.GE, null, null))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR));
    }

    @Test
    void refusesEmptyTargetText() {
        assertThatThrownBy(() -> Target.of(" ", null, null, null))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR));
    }

    @Test
    void refusesTargetValueThatIsNotANumber() {
        assertThatThrownBy(() -> new Target(Operator.GE, "七百", "册", "≥七百册"))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INDICATOR));
    }

    @ParameterizedTest
    @CsvSource({
            "1483 元, 1483, 元",
            "1483元, 1483, 元",
            "1141册, 1141, 册",
            "6439人次, 6439, 人次",
            "1097.88万元, 1097.88, 万元",
            "64.82%, 64.82, %",
            "768人, 768, 人",
            "0%, 0, %"})
    void readsQuantitativeActuals(String text, String value, String unit) {
        Actual a = Actual.parse(text);
        assertThat(a.quantitative()).isTrue();
        assertThat(a.value()).isEqualTo(value);
        assertThat(a.unit()).isEqualTo(unit);
        assertThat(a.text()).isEqualTo(text.trim());
        assertThat(a.number()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年年前完成100%", "无扣分项", "有效保障", "持续保障", "≥1141册", "人均1483元"})
    void keepsTextActualsAsText(String text) {
        Actual a = Actual.parse(text);
        assertThat(a.quantitative()).isFalse();
        assertThat(a.value()).isNull();
        assertThat(a.number()).isNull();
        assertThat(a.text()).isEqualTo(text);
    }

    @Test
    void noActualIsNull() {
        assertThat(Actual.parse(null)).isNull();
        assertThat(Actual.parse("  ")).isNull();
    }
}
