package budgetledger.projections.figures;

import budgetledger.core.performance.EvaluationTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 一级指标得分 (docs/scoring.md): the evaluation's indicators grouped by the part of its template they belong to
 * (产出指标 → 产出). A part scores the sum of its indicators' scores, never above its weight — the template's, or
 * the goal's override — so a total is execution + parts and cannot pass the form's 100. An indicator under a part
 * the template lacks (recorded before the ledger refused them, see core IndicatorParts) counts nothing. Where a
 * part's registered 分值 differ from its weight the evaluation carries a {@link PartFinding}.
 */
final class PartScores {
    /**
     * One part: its weight (null when the template lacks it), the 分值 registered under it, the points its indicators
     * earned and what counts toward the total.
     */
    record Part(String name, String level1, BigDecimal weight, boolean overridden, BigDecimal registered,
                BigDecimal points, int indicators) {
        /** The points, never above the weight; nothing for a part the template does not have. */
        BigDecimal counted() {
            return weight == null ? BigDecimal.ZERO : points.min(weight);
        }

        /** The weight this part carries in an R3 total: its registered 分值, never above its weight. */
        BigDecimal countedWeight() {
            return weight == null || indicators == 0 ? BigDecimal.ZERO : registered.min(weight);
        }

        Optional<PartFinding> finding(String templateKey) {
            if (weight != null && registered.compareTo(weight) == 0) {
                return Optional.empty();
            }
            String sum = level1 + "分值合计 " + registered.setScale(2, RoundingMode.HALF_UP).toPlainString();
            String note = weight == null ? sum + "，评价模板 " + templateKey + " 无“" + level1 + "”部分，不计入总分"
                    : sum + "，与" + (overridden ? "绩效目标调整后的权重 " : "模板权重 ") + plain(weight) + " 不符"
                    + (registered.compareTo(weight) > 0 ? "，该部分得分以 " + plain(weight) + " 分为上限" : "");
            return Optional.of(new PartFinding(name, level1, weight == null ? null : plain(weight), overridden,
                    registered.setScale(2, RoundingMode.HALF_UP).toPlainString(), note));
        }
    }

    private PartScores() {
    }

    /** The template's parts (预算执行 aside) in the form's order, then any 一级指标 it lacks, in definition order. */
    static List<Part> of(EvaluationTemplate template, Map<String, BigDecimal> weights, List<ScoredIndicator> scored) {
        Map<String, List<ScoredIndicator>> byPart = new LinkedHashMap<>();
        Map<String, List<ScoredIndicator>> strays = new LinkedHashMap<>();
        template.parts().stream().filter(p -> !EvaluationTemplate.EXECUTION_PART.equals(p.name()))
                .forEach(p -> byPart.put(p.name(), new ArrayList<>()));
        for (ScoredIndicator s : scored) {
            Optional<EvaluationTemplate.Part> part = template.partOf(s.level1());
            if (part.isPresent()) {
                byPart.get(part.get().name()).add(s);
            } else {
                strays.computeIfAbsent(s.level1() == null ? "" : s.level1().trim(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Part> parts = new ArrayList<>();
        byPart.forEach((name, members) -> {
            BigDecimal own = template.weights().get(name);
            BigDecimal weight = weights.getOrDefault(name, own);
            parts.add(part(name, name + "指标", weight, weight.compareTo(own) != 0, members));
        });
        strays.forEach((level1, members) -> parts.add(part(level1, level1, null, false, members)));
        return parts;
    }

    private static Part part(String name, String level1, BigDecimal weight, boolean overridden,
                             List<ScoredIndicator> members) {
        return new Part(name, level1, weight, overridden, sum(members, true), sum(members, false), members.size());
    }

    /** The points a template part counts toward the total, by the part's name (产出); zero when it has none. */
    static BigDecimal counted(List<Part> parts, String name) {
        return parts.stream().filter(p -> p.weight() != null && p.name().equals(name)).map(Part::counted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the evaluation says about its parts: nothing when nothing was evaluated (未评价). */
    static List<PartFinding> findings(List<Part> parts, String templateKey) {
        if (parts.stream().allMatch(p -> p.indicators() == 0)) {
            return List.of();
        }
        return parts.stream().flatMap(p -> p.finding(templateKey).stream()).toList();
    }

    private static BigDecimal sum(List<ScoredIndicator> members, boolean weights) {
        return members.stream().map(weights ? ScoredIndicator::weight : ScoredIndicator::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
