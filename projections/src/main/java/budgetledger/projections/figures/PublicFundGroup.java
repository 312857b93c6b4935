package budgetledger.projections.figures;

import java.util.List;

/**
 * The 公用经费 其中 rows of 附件1 ({@code public.<key>.budget|actual}): 办公费 (30201); 水费、电费、差旅费 (30205,
 * 30206, 30211); 会议费、培训费 (30215, 30216).
 */
public enum PublicFundGroup {
    OFFICE("office", "办公费", List.of("30201")),
    UTILITIES_AND_TRAVEL("utilitiesAndTravel", "水费、电费、差旅费", List.of("30205", "30206", "30211")),
    MEETINGS_AND_TRAINING("meetingsAndTraining", "会议费、培训费", List.of("30215", "30216"));

    private final String key;
    private final String nameZh;
    private final List<String> economicCodes;

    PublicFundGroup(String key, String nameZh, List<String> economicCodes) {
        this.key = key;
        this.nameZh = nameZh;
        this.economicCodes = economicCodes;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    /** A line without an economic code belongs to none (List.of refuses to look up null). */
    boolean holds(String economicCode) {
        return economicCode != null && economicCodes.contains(economicCode);
    }
}
