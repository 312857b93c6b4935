package budgetledger.core.performance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantitative part of a target or an actual as the forms print it: an optional prefix (人均),
 * an optional operator, a number and a short unit (册, 人次, %, 万元). Anything else — 考核合格,
 * 2024年底全部完成, 无扣分项 — is qualitative text. Units are at most three characters so that a year
 * followed by words is never mistaken for a number with a unit.
 */
final class Quantity {
    private static final Pattern FORM = Pattern.compile(
            "^(?<prefix>[^\\d≥≤≧≦=<>＝＜＞]*?)\\s*(?<op>[≥≤≧≦]|[<>＜＞][=＝]?|[=＝]{1,2})?\\s*(?<num>-?\\d+(?:\\.\\d+)?)\\s*(?<unit>%|％|[\\p{IsHan}A-Za-z]{1,3})?$");

    record Parsed(String prefix, Operator operator, String value, String unit) {
    }

    private Quantity() {
    }

    static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String op = m.group("op");
        Operator operator = Operator.parse(op);
        String unit = m.group("unit") == null ? "" : m.group("unit").replace('％', '%');
        return Optional.of(new Parsed(m.group("prefix").trim(), operator, m.group("num"), unit));
    }
}
