package budgetledger.projections.reconcile;

import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.IndicatorRow;
import budgetledger.projections.figures.ProjectFigures;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reconciles a hand-made report (the key-figure JSON shape, any subset of keys) with the ledger: every claimed figure
 * whose value differs from the ledger's, and every claimed figure that contradicts the other claimed figures.
 * Projects are matched by code, else by name; indicator rows by name. A claim matches at the precision it was
 * printed with: a money claim in 万元 (the document's {@code "unit": "万元"}, or a value written "12.345万元") is
 * compared with the ledger's 元 converted and rounded to the claim's decimals, so 12.345 万元 matches 123,449.67 元
 * and 12.34 does not; a rate claimed as 0.97 matches 0.9655.
 */
public final class Reconciliation {

    /** A claimed figure that is not what the ledger says. {@code scope} is "department" or the project's name. */
    public record Difference(String scope, String name, String claimed, String ledger) {
    }

    /** A claimed figure that its own report's other figures contradict. */
    public record Contradiction(String scope, String name, String claimed, String implied, String identity) {
    }

    public record Result(int figuresChecked, List<Difference> differences, List<Contradiction> contradictions) {
        public boolean clean() {
            return differences.isEmpty() && contradictions.isEmpty();
        }
    }

    private Reconciliation() {
    }

    public static Result reconcile(JsonNode claims, FiguresDocument ledger) {
        List<Difference> differences = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        Map<String, JsonNode> department = fields(claims.path("figures"));
        boolean wan = "万元".equals(claims.path("unit").asText(""));
        int checked = compare("department", department, ledger.figures(), differences, wan);
        check("department", department, Identities.department(department.keySet()), contradictions);
        checked += indicators("department", claims.path("indicators").path("department"),
                ledger.indicators().getOrDefault("department", List.of()), differences);
        for (JsonNode project : claims.path("projects")) {
            ProjectFigures match = match(project, ledger.projects());
            String scope = project.path("name").asText(project.path("code").asText("?"));
            Map<String, JsonNode> claimed = projectFields(project);
            if (match == null) {
                differences.add(new Difference(scope, "project", scope, "账本中无此项目"));
                continue;
            }
            checked += compare(scope, claimed, match.figures(), differences, wan);
            check(scope, claimed, Identities.project(), contradictions);
            checked += indicators(scope, project.path("indicators"), match.indicators(), differences);
        }
        return new Result(checked, differences, contradictions);
    }

    private static int compare(String scope, Map<String, JsonNode> claimed, Map<String, Object> ledger,
                               List<Difference> out, boolean wan) {
        claimed.forEach((name, value) -> {
            Object actual = ledger.get(name);
            boolean money = FigureNames.department(name).or(() -> FigureNames.project(name))
                    .map(n -> n.kind() == FigureName.Kind.MONEY).orElse(false);
            if (!same(value, actual, money && wan)) {
                out.add(new Difference(scope, name, text(value), ledgerText(ledger, name)));
            }
        });
        return claimed.size();
    }

    /**
     * What the ledger holds under a name: its value; "账本中为空" for a figure the ledger knows but holds no value
     * for (a rate over a zero budget, an execution score that is 不适用, a total that is 未评价); "账本中无此数"
     * only for a name the ledger does not know.
     */
    private static String ledgerText(Map<String, Object> ledger, String name) {
        if (!ledger.containsKey(name)) {
            return "账本中无此数";
        }
        Object value = ledger.get(name);
        return value == null ? "账本中为空" : String.valueOf(value);
    }

    private static void check(String scope, Map<String, JsonNode> claimed, List<Identity> identities,
                              List<Contradiction> out) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        claimed.forEach((k, v) -> number(v).ifPresent(n -> numbers.put(k, n)));
        for (Identity id : identities) {
            BigDecimal stated = numbers.get(id.result().key());
            if (stated == null) {
                continue;
            }
            id.expected(numbers).ifPresent(implied -> {
                if (stated.compareTo(implied) != 0) {
                    out.add(new Contradiction(scope, id.result().key(), stated.toPlainString(), implied.toPlainString(),
                            id.describe()));
                }
            });
        }
    }

    private static int indicators(String scope, JsonNode claimed, List<IndicatorRow> ledger, List<Difference> out) {
        int n = 0;
        for (JsonNode row : claimed) {
            String name = row.path("name").asText();
            IndicatorRow actual = ledger.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            for (String field : List.of("target", "actual", "weight", "score")) {
                if (!row.has(field)) {
                    continue;
                }
                n++;
                String ledgerValue = actual == null ? null : switch (field) {
                    case "target" -> actual.target();
                    case "actual" -> actual.actual();
                    case "weight" -> actual.weight();
                    default -> actual.score();
                };
                if (!same(row.get(field), ledgerValue, false)) {
                    out.add(new Difference(scope, "indicator[" + name + "]." + field, text(row.get(field)),
                            ledgerValue == null ? "账本中无此指标" : ledgerValue));
                }
            }
        }
        return n;
    }

    private static ProjectFigures match(JsonNode project, List<ProjectFigures> projects) {
        String code = project.path("code").asText(null);
        String name = project.path("name").asText(null);
        return projects.stream()
                .filter(p -> code != null ? code.equals(p.code()) : Objects.equals(name, p.name()))
                .findFirst().orElse(null);
    }

    /** A project's claimed figures: nested under "figures", or flat beside its name (the golden file's shape). */
    private static Map<String, JsonNode> projectFields(JsonNode project) {
        if (project.has("figures")) {
            return fields(project.get("figures"));
        }
        Map<String, JsonNode> out = fields(project);
        out.keySet().removeAll(List.of("code", "name", "category", "indicators"));
        return out;
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** {@code wan}: a money claim without its own unit is in 万元; "…万元" / "…元" on the value say it themselves. */
    private static boolean same(JsonNode claimed, Object ledger, boolean wan) {
        if (ledger == null) {
            return claimed == null || claimed.isNull();
        }
        String raw = text(claimed).trim();
        boolean inWan = raw.endsWith("万元") || (wan && !raw.endsWith("元"));
        var c = claimed != null && claimed.isNumber() ? java.util.Optional.of(claimed.decimalValue())
                : number(raw.replaceFirst("万?元$", ""));
        var l = number(ledger.toString()).map(v -> inWan ? v.movePointLeft(4) : v);
        if (c.isPresent() && l.isPresent()) {
            return c.get().compareTo(atPrecisionOf(l.get(), c.get())) == 0;
        }
        return text(claimed).equals(ledger.toString());
    }

    /** The ledger's value rounded half-up to the decimals the claim was printed with, when it has more. */
    private static BigDecimal atPrecisionOf(BigDecimal ledger, BigDecimal claim) {
        int decimals = Math.max(claim.scale(), 0);
        return ledger.scale() > decimals ? ledger.setScale(decimals, java.math.RoundingMode.HALF_UP) : ledger;
    }

    private static java.util.Optional<BigDecimal> number(JsonNode v) {
        if (v == null || v.isNull()) {
            return java.util.Optional.empty();
        }
        return v.isNumber() ? java.util.Optional.of(v.decimalValue()) : number(v.asText());
    }

    private static java.util.Optional<BigDecimal> number(String s) {
        try {
            return java.util.Optional.of(new BigDecimal(s.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? "null" : v.asText();
    }
}
