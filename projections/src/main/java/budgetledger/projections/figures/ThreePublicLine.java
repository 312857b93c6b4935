package budgetledger.projections.figures;

import budgetledger.core.classification.ThreePublicCategory;

/**
 * The lines of the 三公经费 tables ({@code threePublic.<key>.actual|budget|savings}): the four categories, the
 * form's 公务用车购置及运行维护费 line (purchase + operation) and the total. {@link #covers} is the one definition of
 * which postings and limits a line counts, shared by the figures and the report's contributors.
 */
public enum ThreePublicLine {
    TOTAL("total", null, "“三公”经费合计"),
    VEHICLES("vehicles", null, "公务用车购置及运行维护费"),
    VEHICLE_PURCHASE("vehiclePurchase", ThreePublicCategory.VEHICLE_PURCHASE, null),
    VEHICLE_OPERATION("vehicleOperation", ThreePublicCategory.VEHICLE_OPERATION, null),
    ABROAD("abroad", ThreePublicCategory.ABROAD, null),
    RECEPTION("reception", ThreePublicCategory.RECEPTION, null);

    private final String key;
    private final ThreePublicCategory category;
    private final String nameZh;

    ThreePublicLine(String key, ThreePublicCategory category, String nameZh) {
        this.key = key;
        this.category = category;
        this.nameZh = nameZh;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return category != null ? category.nameZh() : nameZh;
    }

    /** Whether spending or a limit of that 三公 category (null: not 三公) counts on this line. */
    public boolean covers(ThreePublicCategory c) {
        return switch (this) {
            case TOTAL -> c != null;
            case VEHICLES -> c == ThreePublicCategory.VEHICLE_PURCHASE || c == ThreePublicCategory.VEHICLE_OPERATION;
            default -> c == category;
        };
    }
}
