package budgetledger.core.classification;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classification catalogue (政府收支分类科目), shipped as data and versioned by fiscal year.
 * Each edition is a file {@code classification/functional-<from>.tsv} / {@code economic-<from>.tsv} /
 * {@code government-economic-<from>.tsv} in force from fiscal year {@code <from>} until the next edition, written in
 * full or as changes to an earlier edition ({@link EditionFiles}): code names change between editions (类 210 was
 * 医疗卫生与计划生育支出 before 2019, 21305 扶贫 before 2021), so a year is always checked against its own edition.
 * The sources of each edition and what it still lacks are listed in docs/classification.md.
 */
public final class ClassificationCatalogue {
    private static final int[] FUNCTIONAL_EDITIONS = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026};
    private static final int[] ECONOMIC_EDITIONS = {2018};
    private static final int[] GOVERNMENT_ECONOMIC_EDITIONS = {2018};
    private static final Map<Integer, ClassificationCatalogue> BY_YEAR = new ConcurrentHashMap<>();

    private final int fiscalYear;
    private final Map<String, String> functional;
    private final Map<String, String> economic;
    private final Map<String, String> governmentEconomic;

    private ClassificationCatalogue(int fiscalYear, Map<String, String> functional, Map<String, String> economic,
                                    Map<String, String> governmentEconomic) {
        this.fiscalYear = fiscalYear;
        this.functional = functional;
        this.economic = economic;
        this.governmentEconomic = governmentEconomic;
    }

    public static ClassificationCatalogue forYear(int fiscalYear) {
        return BY_YEAR.computeIfAbsent(fiscalYear, y -> new ClassificationCatalogue(y,
                load("functional", edition(FUNCTIONAL_EDITIONS, y)),
                load("economic", edition(ECONOMIC_EDITIONS, y)),
                load("government-economic", edition(GOVERNMENT_ECONOMIC_EDITIONS, y))));
    }

    /** The years a functional edition starts in, oldest first: a year uses the latest edition not after it. */
    public static List<Integer> functionalEditions() {
        return Arrays.stream(FUNCTIONAL_EDITIONS).boxed().toList();
    }

    /**
     * The edition each catalogue of a year comes from, by kind ("functional", "economic", "government-economic"):
     * the year of the file in force, or -1 before the first edition. A year's listing says it, so a reader knows which
     * published 政府收支分类科目 to compare it with.
     */
    public static Map<String, Integer> editionsOf(int fiscalYear) {
        return Map.of("functional", edition(FUNCTIONAL_EDITIONS, fiscalYear),
                "economic", edition(ECONOMIC_EDITIONS, fiscalYear),
                "government-economic", edition(GOVERNMENT_ECONOMIC_EDITIONS, fiscalYear));
    }

    /** The first fiscal year that has both catalogues: a year before it could record nothing. */
    public static int firstYear() {
        return Math.max(FUNCTIONAL_EDITIONS[0], ECONOMIC_EDITIONS[0]);
    }

    /**
     * This edition with codes added by an administrator's recorded events ({@link AddedCodes}): a new catalogue,
     * never cached, since the additions belong to one department-year.
     */
    ClassificationCatalogue with(Map<String, String> addedFunctional, Map<String, String> addedEconomic) {
        Map<String, String> f = new TreeMap<>(functional);
        f.putAll(addedFunctional);
        Map<String, String> e = new TreeMap<>(economic);
        e.putAll(addedEconomic);
        return new ClassificationCatalogue(fiscalYear, f, e, governmentEconomic);
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public Optional<String> functionalName(String code) {
        return Optional.ofNullable(functional.get(code));
    }

    public Optional<String> economicName(String code) {
        return Optional.ofNullable(economic.get(code));
    }

    public Map<String, String> functionalCodes() {
        return Collections.unmodifiableMap(functional);
    }

    public Map<String, String> economicCodes() {
        return Collections.unmodifiableMap(economic);
    }

    /**
     * 政府预算支出经济分类 (501 机关工资福利支出 …): shown for reference, as a department's budget tables print it; the
     * ledger keys its lines by the 部门预算支出经济分类 of {@link #economicCodes()}, so no command is checked against it.
     */
    public Map<String, String> governmentEconomicCodes() {
        return governmentEconomic;
    }

    /** Checks a functional code against this year's edition; budget lines must name a 项 (7 digits). */
    public FunctionalCode requireFunctional(String raw) {
        FunctionalCode code = parse(raw, ErrorCode.UNKNOWN_FUNCTIONAL_CODE, FunctionalCode::of);
        if (!functional.containsKey(code.value())) {
            throw new LedgerException(ErrorCode.UNKNOWN_FUNCTIONAL_CODE,
                    fiscalYear + " 年度无科目 " + raw + NearestCodes.suggestion(raw, functional));
        }
        return code;
    }

    public EconomicCode requireEconomic(String raw) {
        EconomicCode code = parse(raw, ErrorCode.UNKNOWN_ECONOMIC_CODE, EconomicCode::of);
        if (!economic.containsKey(code.value())) {
            throw new LedgerException(ErrorCode.UNKNOWN_ECONOMIC_CODE,
                    fiscalYear + " 年度无科目 " + raw + NearestCodes.suggestion(raw, economic));
        }
        return code;
    }

    private static <T> T parse(String raw, ErrorCode code, java.util.function.Function<String, T> ctor) {
        try {
            return ctor.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(code, e.getMessage());
        }
    }

    private static int edition(int[] editions, int year) {
        int chosen = -1;
        for (int from : editions) {
            if (from <= year) {
                chosen = from;
            }
        }
        return chosen;
    }

    private static Map<String, String> load(String kind, int edition) {
        return edition < 0 ? Map.of() : EditionFiles.codes(kind, edition);
    }
}
