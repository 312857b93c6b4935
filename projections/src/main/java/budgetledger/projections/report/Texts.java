package budgetledger.projections.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The department's recorded prose (RecordEvaluationText) by section key, remembering which sections the report
 * has placed so that none is silently dropped: whatever is left is printed under 十、其他需要说明的情况.
 */
public final class Texts {
    /**
     * Section keys the report places, with the Chinese label a left-over one is printed under (also the sections the
     * evaluation-text form offers).
     */
    public static final Map<String, String> KNOWN = java.util.Collections.unmodifiableMap(known());

    private final Map<String, String> recorded;
    private final Map<String, String> unused;

    Texts(Map<String, String> recorded) {
        this.recorded = new TreeMap<>(recorded);
        this.unused = new TreeMap<>(recorded);
    }

    Optional<String> take(String section) {
        unused.remove(section);
        String text = recorded.get(section);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** Sections not yet placed, in key order. */
    Map<String, String> unused() {
        return new TreeMap<>(unused);
    }

    private static Map<String, String> known() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("intro", "前言");
        m.put("organization", "组织机构设置情况");
        m.put("functions", "单位的职能职责");
        m.put("goalSetting", "部门绩效目标的设立情况");
        m.put("disclosure", "预决算公开");
        m.put("assets", "资产管理");
        m.put("threePublicControl", "三公经费控制情况");
        m.put("internalControl", "内部管理制度建设情况");
        m.put("sustainability", "可持续发展能力");
        m.put("satisfaction", "服务对象满意度");
        m.put("achievements", "主要绩效");
        m.put("conclusion", "评价结论");
        m.put("problems", "存在的问题及原因分析");
        m.put("improvements", "下一步改进措施");
        m.put("resultUse", "自评结果拟应用和公开情况");
        m.put("other", "其他需要说明的情况");
        m.put("frugality", "厉行节约保障措施");
        return m;
    }
}
