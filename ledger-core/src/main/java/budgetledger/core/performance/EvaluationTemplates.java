package budgetledger.core.performance;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped evaluation templates ({@code templates/<key>.json} on the class path, docs/scoring.md lists them and
 * their sources). Read once; a template that is not whole — weights not adding up to 100 among others — stops the
 * ledger at start rather than scoring by it. The defaults are the seed's forms (Hunan, 财预〔2020〕10号): a goal
 * recorded before templates existed is evaluated on them, as it always was.
 */
public final class EvaluationTemplates {
    public static final String DEFAULT_DEPARTMENT = "hunan-department-2020";
    public static final String DEFAULT_PROJECT = "hunan-project-2020";
    private static final List<String> SHIPPED = List.of(DEFAULT_DEPARTMENT, DEFAULT_PROJECT, "hunan-department-legacy",
            "provincial-project-4funds");
    private static final Map<String, EvaluationTemplate> ALL = load();

    private EvaluationTemplates() {
    }

    /** Every shipped template, in the order above. */
    public static List<EvaluationTemplate> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<EvaluationTemplate> find(String key) {
        return Optional.ofNullable(key == null ? null : ALL.get(key.trim()));
    }

    /** The template of a scope a goal chose (blank: the scope's default); UNKNOWN_TEMPLATE when none fits. */
    public static EvaluationTemplate forGoal(String key, EvaluationTemplate.Scope scope) {
        if (key == null || key.isBlank()) {
            return defaultFor(scope);
        }
        EvaluationTemplate t = find(key).orElseThrow(() -> new LedgerException(ErrorCode.UNKNOWN_TEMPLATE,
                "没有评价模板 “" + key + "”，可选 " + keys(scope)));
        if (t.scope() != scope) {
            throw new LedgerException(ErrorCode.UNKNOWN_TEMPLATE, "评价模板 “" + key + "” 不适用于"
                    + (scope == EvaluationTemplate.Scope.PROJECT ? "项目" : "部门整体") + "评价，可选 " + keys(scope));
        }
        return t;
    }

    /**
     * The template a recorded goal is evaluated on: the one it named, or — a goal recorded before templates, or
     * no goal at all — the default of its scope (a project's when {@code project}).
     */
    public static EvaluationTemplate recorded(String key, boolean project) {
        return find(key).orElseGet(() -> defaultFor(project ? EvaluationTemplate.Scope.PROJECT
                : EvaluationTemplate.Scope.DEPARTMENT));
    }

    public static EvaluationTemplate defaultFor(EvaluationTemplate.Scope scope) {
        return ALL.get(scope == EvaluationTemplate.Scope.PROJECT ? DEFAULT_PROJECT : DEFAULT_DEPARTMENT);
    }

    private static String keys(EvaluationTemplate.Scope scope) {
        return String.join("、", ALL.values().stream().filter(t -> t.scope() == scope).map(EvaluationTemplate::key)
                .toList());
    }

    /** Reads one template file; public so a test can show a bad one is refused. */
    public static EvaluationTemplate read(InputStream json) throws IOException {
        return LedgerJson.mapper().readValue(json, EvaluationTemplate.class).checked();
    }

    private static Map<String, EvaluationTemplate> load() {
        Map<String, EvaluationTemplate> all = new LinkedHashMap<>();
        for (String key : SHIPPED) {
            String path = "templates/" + key + ".json";
            try (InputStream in = EvaluationTemplates.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + path);
                }
                EvaluationTemplate t = read(in);
                if (!t.key().equals(key)) {
                    throw new IllegalStateException(path + " names itself " + t.key());
                }
                all.put(key, t);
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        return all;
    }
}
