package budgetledger.app.security;

import budgetledger.core.common.LedgerCommand;
import budgetledger.core.ledger.Commands;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static budgetledger.app.security.Role.ADMIN;
import static budgetledger.app.security.Role.APPROVER;
import static budgetledger.app.security.Role.RECORDER;

/**
 * The command catalogue, built once: per command its name and record class ({@link Commands}), its REST route and
 * the path segment that carries its target id, who may send it, and which of its fields a client may leave out or
 * never sends. The router, the role table ({@link Permissions}), the access rules ({@link AccessRules}), the import,
 * {@code GET /api/v1/commands} and the OpenAPI document all read this one table.
 */
public final class CommandCatalogue {
    public static final String DEPARTMENTS = "/api/v1/departments";
    public static final String YEARS = DEPARTMENTS + "/{departmentId}/years";
    public static final String YEAR = YEARS + "/{year}";
    /** The handler pattern of every year command ({@link Route#resource()} is the last segment). */
    public static final String YEAR_COMMAND = YEAR + "/{resource}";
    /** The handler pattern of every command on one recorded item ({@code {id}} fills {@link Route#idField()}). */
    public static final String ITEM_COMMAND = YEAR + "/{resource}/{id}/{action}";

    /**
     * Where a command is posted. {@code path} is the documented path with the id named after its field
     * ({@code …/expenditures/{expenditureId}/reversal}); {@code pathFields} are the command's fields taken from the
     * path, never from the body; {@code idField} the one filled from the item segment (null for other routes).
     */
    public record Route(String path, String handlerPattern, List<String> pathFields, String resource, String action,
                        String idField) {
        static Route departments() {
            return new Route(DEPARTMENTS, DEPARTMENTS, List.of(), null, null, null);
        }

        static Route years() {
            return new Route(YEARS, YEARS, List.of("departmentId"), null, null, null);
        }

        static Route year(String resource) {
            return new Route(YEAR + "/" + resource, YEAR_COMMAND, List.of("departmentId", "year"), resource, null, null);
        }

        static Route item(String resource, String idField, String action) {
            return new Route(YEAR + "/" + resource + "/{" + idField + "}/" + action, ITEM_COMMAND,
                    List.of("departmentId", "year", idField), resource, action, idField);
        }
    }

    /**
     * One command. {@code titleZh}: what it does, as a clerk says it. {@code route} empty: no API route — only an administrator's import records it. {@code optional}:
     * fields a client may leave out (booleans and boxed numbers are optional anyway); {@code serverFilled}: fields the
     * ledger fills itself over the API (a value sent is ignored or refused); {@code flags}: yes/no request fields
     * that are no field of the command but tell the router to fill one ({@code carryOverFromPriorYear}).
     */
    public record Entry(Commands command, String titleZh, Optional<Route> route, Set<Role> roles, Set<String> optional,
                        Set<String> serverFilled, Set<String> flags) {
        public String name() {
            return command.commandName();
        }

        public Class<? extends Record> type() {
            return command.type();
        }

        /** A command that concerns no department-year (registering a department: there is none yet). */
        public boolean global() {
            return !LedgerCommand.class.isAssignableFrom(type());
        }

        Entry optional(String... fields) {
            return new Entry(command, titleZh, route, roles, Set.of(fields), serverFilled, flags);
        }

        Entry serverFilled(String... fields) {
            return new Entry(command, titleZh, route, roles, optional, Set.of(fields), flags);
        }

        Entry flags(String... fields) {
            return new Entry(command, titleZh, route, roles, optional, serverFilled, Set.of(fields));
        }
    }

    private static final Map<String, Entry> BY_NAME;

    static {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Commands c : Commands.values()) {
            byName.put(c.commandName(), entry(c));
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private CommandCatalogue() {
    }

    /** The API facts of each command; exhaustive, so a new command in {@link Commands} does not compile without them. */
    private static Entry entry(Commands c) {
        return switch (c) {
            case REGISTER_DEPARTMENT -> api(c, "登记预算单位", Route.departments(), ADMIN);
            case OPEN_FISCAL_YEAR -> api(c, "开账（开启会计年度）", Route.years(), APPROVER)
                    .optional("departmentName", "hashAlgorithm")
                    .serverFilled("carriedLines").flags("carryOverFromPriorYear");
            case DECLARE_ESTABLISHMENT -> api(c, "申报编制与实有人数", Route.year("establishment"), RECORDER);
            case RECORD_APPROPRIATION -> api(c, "下达预算指标", Route.year("appropriations"), RECORDER)
                    .optional("vintage", "economicCode", "projectCode");
            // maker–checker: an adjustment or transfer is a proposal, approved or rejected by a different user
            case PROPOSE_BUDGET_ADJUSTMENT -> api(c, "提议追加/追减", Route.year("adjustments"), RECORDER, APPROVER)
                    .optional("proposalId");
            case PROPOSE_BUDGET_TRANSFER -> api(c, "提议调剂", Route.year("transfers"), RECORDER, APPROVER)
                    .optional("proposalId");
            case APPROVE_BUDGET_PROPOSAL -> api(c, "审批通过提议", Route.item("proposals", "proposalId", "approve"), APPROVER);
            case REJECT_BUDGET_PROPOSAL -> api(c, "驳回提议", Route.item("proposals", "proposalId", "reject"), APPROVER);
            // recorded directly only as history approved elsewhere (the finance bureau's document), by import
            case ADJUST_BUDGET -> importOnly(c, "追加/追减（已在别处批准，仅迁移导入）");
            case TRANSFER_BUDGET -> importOnly(c, "调剂（已在别处批准，仅迁移导入）");
            case RECEIVE_FUNDS -> api(c, "记录收入", Route.year("receipts"), RECORDER).optional("source");
            case SET_PROCUREMENT_BUDGET -> api(c, "设定政府采购预算", Route.year("procurement-budget"), RECORDER);
            case SET_THREE_PUBLIC_LIMITS -> api(c, "设定三公经费控制数", Route.year("three-public-limits"), RECORDER);
            case RECORD_EXPENDITURE -> api(c, "记录支出", Route.year("expenditures"), RECORDER)
                    .optional("payee", "voucherNo", "summary");
            case REVERSE_EXPENDITURE -> api(c, "冲销支出", Route.item("expenditures", "expenditureId", "reversal"), RECORDER);
            case REGISTER_PROJECT -> api(c, "登记项目", Route.year("projects"), RECORDER)
                    .optional("implementingUnit", "categoryName");
            case SET_PERFORMANCE_GOAL -> api(c, "设定绩效目标", Route.year("goals"), RECORDER)
                    .optional("projectCode", "achieved", "template", "weights", "weightsReason");
            case DEFINE_INDICATOR -> api(c, "定义绩效指标", Route.year("indicators"), RECORDER)
                    .optional("projectCode", "operator", "targetValue", "unit", "weight", "measure", "rule");
            case RECORD_INDICATOR_OUTCOME -> api(c, "记录指标完成值", Route.item("indicators", "indicatorId", "outcome"), RECORDER)
                    .optional("actual", "achievement", "score", "deviationReason", "businessDate");
            case RECORD_EVALUATION_TEXT -> api(c, "记录自评报告文字", Route.year("texts"), RECORDER);
            // the score and grade are computed from the figures at the moment of submission, never typed
            case SUBMIT_SELF_EVALUATION -> api(c, "提交自评（得分与等级由账本计算）", Route.year("submissions"), APPROVER)
                    .serverFilled("scoreTotal", "grade", "figuresAsOf", "lastSequence", "figuresHash");
            case CLOSE_FISCAL_YEAR -> api(c, "年终结账", Route.year("close"), APPROVER).optional("carryOverLineIds");
            // 撤回登记: whoever registers may withdraw a mistake, as with a reversal; the rules refuse once it is used
            case WITHDRAW_PROJECT -> api(c, "撤回项目登记", Route.item("projects", "projectCode", "withdrawal"), RECORDER);
            case WITHDRAW_INDICATOR -> api(c, "撤回绩效指标", Route.item("indicators", "indicatorId", "withdrawal"),
                    RECORDER);
            case WITHDRAW_PERFORMANCE_GOAL -> api(c, "撤回绩效目标", Route.year("goal-withdrawals"), RECORDER)
                    .optional("projectCode");
            // a code the shipped catalogue lacks, with its name and source document: the administrator's, by the API or
            // an import line (the catalogue is shared knowledge, not a department's bookkeeping)
            case ADD_CLASSIFICATION_CODE -> api(c, "增补科目（管理员，注明名称与来源文件）",
                    Route.year("classification-codes"), ADMIN);
            // only for a department's first ledger year: the ledger states whether the prior year is recorded
            case DECLARE_OPENING_BALANCES -> api(c, "申报期初结转结余（账本首个年度）", Route.year("opening-balances"), APPROVER)
                    .serverFilled("priorYearInLedger");
            case DECLARE_PRIOR_YEAR_FIGURES -> api(c, "申报上年比较数（上年不在账本中）", Route.year("prior-year-figures"), APPROVER);
        };
    }

    private static Entry api(Commands c, String titleZh, Route route, Role first, Role... more) {
        return new Entry(c, titleZh, Optional.of(route), Collections.unmodifiableSet(EnumSet.of(first, more)), Set.of(),
                Set.of(), Set.of());
    }

    /** No API route and no sender: only an administrator's migration records it. */
    private static Entry importOnly(Commands c, String titleZh) {
        return new Entry(c, titleZh, Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Every command, in catalogue order. */
    public static List<Entry> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The commands that have an API route. */
    public static List<Entry> routed() {
        return BY_NAME.values().stream().filter(e -> e.route().isPresent()).toList();
    }

    public static Optional<Entry> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** The command posted to {@code …/years/{year}/{resource}}. */
    public static Optional<Entry> yearCommand(String resource) {
        return routed().stream().filter(e -> YEAR_COMMAND.equals(e.route().get().handlerPattern())
                && e.route().get().resource().equals(resource)).findFirst();
    }

    /** The command posted to {@code …/years/{year}/{resource}/{id}/{action}}. */
    public static Optional<Entry> itemCommand(String resource, String action) {
        return routed().stream().filter(e -> ITEM_COMMAND.equals(e.route().get().handlerPattern())
                && e.route().get().resource().equals(resource) && e.route().get().action().equals(action)).findFirst();
    }

    /** resource → command name, for {@code POST …/years/{year}/{resource}}. */
    public static Map<String, String> yearRoutes() {
        Map<String, String> out = new LinkedHashMap<>();
        routed().stream().filter(e -> YEAR_COMMAND.equals(e.route().get().handlerPattern()))
                .forEach(e -> out.put(e.route().get().resource(), e.name()));
        return Collections.unmodifiableMap(out);
    }

    /** The body field an item route's path id fills, with its command. */
    public record ItemRoute(String command, String idField) {
    }

    /** "resource/action" → command and id field, for {@code POST …/years/{year}/{resource}/{id}/{action}}. */
    public static Map<String, ItemRoute> itemRoutes() {
        Map<String, ItemRoute> out = new LinkedHashMap<>();
        routed().stream().filter(e -> ITEM_COMMAND.equals(e.route().get().handlerPattern()))
                .forEach(e -> out.put(e.route().get().resource() + "/" + e.route().get().action(),
                        new ItemRoute(e.name(), e.route().get().idField())));
        return Collections.unmodifiableMap(out);
    }
}
