package budgetledger.projections.figures;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.projections.fold.SpendBucket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which spending a spending figure sums, as a test on spending buckets: the one definition that the figures sum
 * and that the report's contributors of a change split, so the contributors add up to the figure. Budget, income,
 * staff and rate figures are not sums of spending and have no scope.
 */
public final class SpendingScope {
    private static final Predicate<SpendBucket> BASIC = s -> s.kind() != null && s.kind().isBasic();
    private static final Predicate<SpendBucket> PERSONNEL = s -> s.kind() == LineKind.BASIC_PERSONNEL;
    private static final Predicate<SpendBucket> PUBLIC = s -> s.kind() == LineKind.BASIC_PUBLIC;
    private static final Predicate<SpendBucket> PROJECT = s -> s.kind() == LineKind.PROJECT;
    private static final Predicate<SpendBucket> GENERAL_PUBLIC = s -> s.fundNature() == FundNature.GENERAL_PUBLIC;

    /** The fixed spending figures, in the order ExpenditureFigures sums them. */
    static final Map<FigureName, Predicate<SpendBucket>> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put(FigureNames.EXPENDITURE_TOTAL, s -> true);
        FIXED.put(FigureNames.EXPENDITURE_BASIC, BASIC);
        FIXED.put(FigureNames.EXPENDITURE_BASIC_PERSONNEL, PERSONNEL);
        FIXED.put(FigureNames.EXPENDITURE_BASIC_PUBLIC, PUBLIC);
        FIXED.put(FigureNames.EXPENDITURE_PROJECT, PROJECT);
        FIXED.put(FigureNames.EXPENDITURE_GENERAL_PUBLIC_BASIC, GENERAL_PUBLIC.and(BASIC));
        FIXED.put(FigureNames.EXPENDITURE_GENERAL_PUBLIC_BASIC_PERSONNEL, GENERAL_PUBLIC.and(PERSONNEL));
        FIXED.put(FigureNames.EXPENDITURE_GENERAL_PUBLIC_BASIC_PUBLIC, GENERAL_PUBLIC.and(PUBLIC));
        FIXED.put(FigureNames.EXPENDITURE_GENERAL_PUBLIC_PROJECT, GENERAL_PUBLIC.and(PROJECT));
        for (FundNature n : FundNature.values()) {
            FIXED.put(FigureNames.expenditureFund(n), s -> s.fundNature() == n);
        }
        for (ThreePublicLine l : ThreePublicLine.values()) {
            FIXED.put(FigureNames.threePublicActual(l), s -> l.covers(s.threePublic()));
        }
    }

    private SpendingScope() {
    }

    /** The spending {@code name} sums (a prior./change. name: that of its base); empty when it is no such sum. */
    public static Optional<Predicate<SpendBucket>> of(FigureName name) {
        FigureName base = name.base();
        if (base.perCode() && base.key().startsWith(FigureNames.ECONOMIC)) {
            return Optional.of(s -> s.economicCode() != null && s.economicCode().startsWith(base.code()));
        }
        return Optional.ofNullable(FIXED.get(base));
    }
}
