package budgetledger.core.classification;

import java.util.Optional;

/**
 * 三公经费 categories and the 部门经济分类 codes that make them (docs/scoring.md R10):
 * 因公出国(境)费 30212; 公务用车购置 31013 (30913 in 基本建设); 公务用车运行维护费 30231; 公务接待费 30217.
 * {@code key} is the figure-name segment of docs/figures.md ({@code threePublic.<key>.actual}).
 */
public enum ThreePublicCategory {
    ABROAD("abroad", "因公出国(境)费"),
    VEHICLE_PURCHASE("vehiclePurchase", "公务用车购置费"),
    VEHICLE_OPERATION("vehicleOperation", "公务用车运行维护费"),
    RECEPTION("reception", "公务接待费");

    private final String key;
    private final String nameZh;

    ThreePublicCategory(String key, String nameZh) {
        this.key = key;
        this.nameZh = nameZh;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<ThreePublicCategory> of(EconomicCode code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.value()) {
            case "30212" -> Optional.of(ABROAD);
            case "31013", "30913" -> Optional.of(VEHICLE_PURCHASE);
            case "30231" -> Optional.of(VEHICLE_OPERATION);
            case "30217" -> Optional.of(RECEPTION);
            default -> Optional.empty();
        };
    }
}
