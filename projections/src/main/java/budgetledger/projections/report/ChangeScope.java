package budgetledger.projections.report;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.projections.fold.SpendBucket;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which spending a {@code change.*} figure (docs/figures.md) is the change of, as a test on spending buckets —
 * the same scope {@code KeyFigures} sums for the figure, so its contributors add up to it. Only spending figures
 * have a scope; budget, income and staff changes have none.
 */
final class ChangeScope {
    private ChangeScope() {
    }

    static Optional<Predicate<SpendBucket>> of(String changeFigure) {
        String name = changeFigure.startsWith("change.") ? changeFigure.substring("change.".length()) : changeFigure;
        if (name.startsWith("expenditure.generalPublic.")) {
            return byKind(name.substring("expenditure.generalPublic.".length()))
                    .map(p -> p.and(s -> s.fundNature() == FundNature.GENERAL_PUBLIC));
        }
        if (name.startsWith("expenditure.fund.")) {
            String key = name.substring("expenditure.fund.".length());
            for (FundNature n : FundNature.values()) {
                if (n.key().equals(key)) {
                    return Optional.of(s -> s.fundNature() == n);
                }
            }
            return Optional.empty();
        }
        if (name.equals("expenditure.total")) {
            return Optional.of(s -> true);
        }
        if (name.startsWith("expenditure.economic.")) {
            String code = name.substring("expenditure.economic.".length());
            return Optional.of(s -> s.economicCode() != null && s.economicCode().startsWith(code));
        }
        if (name.startsWith("expenditure.")) {
            return byKind(name.substring("expenditure.".length()));
        }
        if (name.startsWith("threePublic.") && name.endsWith(".actual")) {
            return threePublic(name.substring("threePublic.".length(), name.length() - ".actual".length()));
        }
        return Optional.empty();
    }

    private static Optional<Predicate<SpendBucket>> byKind(String kind) {
        return switch (kind) {
            case "basic" -> Optional.of(s -> s.kind() != null && s.kind().isBasic());
            case "basic.personnel" -> Optional.of(s -> s.kind() == LineKind.BASIC_PERSONNEL);
            case "basic.public" -> Optional.of(s -> s.kind() == LineKind.BASIC_PUBLIC);
            case "project" -> Optional.of(s -> s.kind() == LineKind.PROJECT);
            default -> Optional.empty();
        };
    }

    private static Optional<Predicate<SpendBucket>> threePublic(String category) {
        if (category.equals("total")) {
            return Optional.of(s -> s.threePublic() != null);
        }
        if (category.equals("vehicles")) {
            return Optional.of(s -> s.threePublic() == ThreePublicCategory.VEHICLE_PURCHASE
                    || s.threePublic() == ThreePublicCategory.VEHICLE_OPERATION);
        }
        for (ThreePublicCategory c : ThreePublicCategory.values()) {
            if (c.key().equals(category)) {
                return Optional.of(s -> s.threePublic() == c);
            }
        }
        return Optional.empty();
    }
}
