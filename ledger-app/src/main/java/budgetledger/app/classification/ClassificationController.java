package budgetledger.app.classification;

import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.EconomicCode;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The classification catalogue (政府收支分类科目) of a fiscal year, as the ledger checks codes against it: functional
 * codes (类/款/项) and economic codes (类/款, with their 三公 category), searchable by code prefix or Chinese name, so a
 * clerk can find the code to record before the ledger refuses a wrong one. Each year shows its own edition's codes and
 * names; the 政府预算支出经济分类 (501…599) is listed for reference only, since lines are keyed by the 部门 one.
 */
@RestController
public class ClassificationController {
    /** Years the catalogue can be asked for; anything else is not a fiscal year (and is not cached). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;
    private static final String[] FUNCTIONAL_LEVELS = {"类", "款", "项"};

    /** One code: level 1 = 类, 2 = 款, 3 = 项; {@code parent} the code one level up (null for a 类). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Code(String code, String name, int level, String levelName, String parent,
                       String threePublic, String threePublicName) {
    }

    /** {@code edition}: the year of the edition in force (2026 for 2030: a year after the last edition keeps it). */
    public record Listing(int year, String kind, int edition, List<Code> items) {
    }

    @GetMapping("/api/v1/classification/{year}/functional")
    public Listing functional(@PathVariable int year, @RequestParam(required = false) String q) {
        return listing(year, "functional", codes(catalogue(year).functionalCodes(), q, false));
    }

    @GetMapping("/api/v1/classification/{year}/economic")
    public Listing economic(@PathVariable int year, @RequestParam(required = false) String q) {
        return listing(year, "economic", codes(catalogue(year).economicCodes(), q, true));
    }

    @GetMapping("/api/v1/classification/{year}/government-economic")
    public Listing governmentEconomic(@PathVariable int year, @RequestParam(required = false) String q) {
        return listing(year, "government-economic", codes(catalogue(year).governmentEconomicCodes(), q, false));
    }

    private static Listing listing(int year, String kind, List<Code> items) {
        return new Listing(year, kind, ClassificationCatalogue.editionsOf(year).get(kind), items);
    }

    private static ClassificationCatalogue catalogue(int year) {
        ClassificationCatalogue catalogue = year < FIRST_YEAR || year > LAST_YEAR ? null
                : ClassificationCatalogue.forYear(year);
        if (catalogue == null || catalogue.functionalCodes().isEmpty()) {
            throw new LedgerException(ErrorCode.NOT_FOUND, "没有 " + year + " 年度的政府收支分类科目");
        }
        return catalogue;
    }

    /** {@code q}: a code prefix ("30217") or part of a Chinese name ("接待"); empty: every code. */
    private static List<Code> codes(Map<String, String> names, String q, boolean economic) {
        String query = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        return names.entrySet().stream()
                .filter(e -> query.isEmpty() || e.getKey().startsWith(query) || e.getValue().contains(query))
                .map(e -> code(e.getKey(), e.getValue(), economic))
                .toList();
    }

    private static Code code(String code, String name, boolean economic) {
        int level = (code.length() - 1) / 2;
        String parent = level == 1 ? null : code.substring(0, code.length() - 2);
        ThreePublicCategory category = economic ? ThreePublicCategory.of(EconomicCode.of(code)).orElse(null) : null;
        return new Code(code, name, level, FUNCTIONAL_LEVELS[level - 1], parent,
                category == null ? null : category.key(), category == null ? null : category.nameZh());
    }
}
