package budgetledger.core.ledger;

import budgetledger.core.common.LedgerId;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.AdjustBudget;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.budget.TransferBudget;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.expenditure.RecordExpenditure;
import budgetledger.core.expenditure.ReverseExpenditure;
import budgetledger.core.money.Money;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.core.performance.RegisterProject;
import budgetledger.core.threepublic.SetThreePublicLimits;
import budgetledger.core.yearend.CloseFiscalYear;
import budgetledger.core.yearend.OpenFiscalYear;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Named builders for the common set-ups of a department-year ledger test: an open year, a line with budget,
 * 三公 limits, a project, an expenditure… Everything is 中共益阳市委组织部's 2024 ledger unless a test says otherwise.
 * Set-ups are lists of <em>commands</em> (for {@code givenCommands}) so the events carry a real hash chain.
 */
public final class LedgerFixture {
    public static final String DEPT = "yiyang-zzb";
    public static final String DEPT_NAME = "中共益阳市委组织部";
    public static final int YEAR = 2024;
    public static final String LEDGER_ID = LedgerId.of(DEPT, YEAR);
    /** 一般公共服务支出/组织事务/行政运行. */
    public static final String ADMIN_OPERATION = "2013201";
    public static final String OFFICE = "30201";
    public static final String RECEPTION = "30217";
    public static final String VEHICLE_OPERATION = "30231";
    public static final String ABROAD = "30212";
    public static final String VEHICLE_PURCHASE = "31013";
    public static final LocalDate JAN_2 = LocalDate.of(YEAR, 1, 2);
    public static final LocalDate MARCH_1 = LocalDate.of(YEAR, 3, 1);
    public static final LocalDate JUNE_30 = LocalDate.of(YEAR, 6, 30);
    public static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);
    public static final String PROJECT = "P-2024-01";
    public static final String PUBLIC_LINE = "L-PUBLIC";
    public static final String OTHER_LINE = "L-OTHER";

    private LedgerFixture() {
    }

    public static AggregateTestFixture<DepartmentYearLedger> ledgerFixture() {
        AggregateTestFixture<DepartmentYearLedger> fixture = new AggregateTestFixture<>(DepartmentYearLedger.class);
        fixture.registerCommandDispatchInterceptor(DIRECT_ADJUSTMENTS_AS_MIGRATION);
        return fixture;
    }

    /**
     * AdjustBudget / TransferBudget sent directly are an administrator's migration of history approved elsewhere
     * (everyone else proposes and a different approver approves: MakerCheckerTest). The tests of the direct path's
     * rules send them as such, unless a test sets {@link AuditKeys#MIGRATION} itself.
     */
    public static final org.axonframework.messaging.MessageDispatchInterceptor<CommandMessage<?>> DIRECT_ADJUSTMENTS_AS_MIGRATION =
            messages -> (index, message) -> (message.getPayload() instanceof AdjustBudget
                    || message.getPayload() instanceof TransferBudget)
                    && !message.getMetaData().containsKey(AuditKeys.MIGRATION)
                    ? message.andMetaData(Map.of(AuditKeys.MIGRATION, "true")) : message;

    public static Money yuan(String amount) {
        return Money.parse(amount);
    }

    // ---- set-ups (lists of commands) ----

    /** 开账: the year is open, nothing recorded yet. */
    public static List<Object> anOpenYear() {
        return List.of(openYear());
    }

    /** An open year with one 公用经费 line of the given full-year budget. */
    public static List<Object> anOpenYearWithLine(String lineId, String amount) {
        return List.of(openYear(), publicLine(lineId, amount));
    }

    /** An open year with a 公用经费 line and 三公 limits (abroad, vehicle purchase, vehicle operation, reception). */
    public static List<Object> anOpenYearWithLineAndLimits(String lineId, String amount, String abroad,
                                                           String vehiclePurchase, String vehicleOperation,
                                                           String reception) {
        return List.of(openYear(), publicLine(lineId, amount),
                threePublicLimits(abroad, vehiclePurchase, vehicleOperation, reception));
    }

    /** An open year with a registered project and its 项目支出 line. */
    public static List<Object> anOpenYearWithProjectLine(String lineId, String amount) {
        return List.of(openYear(), project(PROJECT), projectLine(lineId, PROJECT, amount));
    }

    /** An open year with a line, one expenditure on it, and the year closed. */
    public static List<Object> aClosedYearWithSpentLine(String lineId, String budget, String expenditureId, String spent) {
        return List.of(openYear(), publicLine(lineId, budget), expenditure(expenditureId, lineId, spent), close());
    }

    public static List<Object> plus(List<Object> setUp, Object... more) {
        List<Object> all = new ArrayList<>(setUp);
        all.addAll(Arrays.asList(more));
        return all;
    }

    // ---- commands ----

    public static OpenFiscalYear openYear() {
        return openYear(null);
    }

    public static OpenFiscalYear openYear(String hashAlgorithm) {
        return new OpenFiscalYear(DEPT, DEPT_NAME, YEAR, List.of(), hashAlgorithm);
    }

    public static RecordAppropriation publicLine(String lineId, String amount) {
        return line(lineId, LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, ADMIN_OPERATION, null, null, amount);
    }

    public static RecordAppropriation otherFundsLine(String lineId, String amount) {
        return line(lineId, LineKind.BASIC_PUBLIC, FundNature.OTHER, ADMIN_OPERATION, null, null, amount);
    }

    public static RecordAppropriation projectLine(String lineId, String projectCode, String amount) {
        return line(lineId, LineKind.PROJECT, FundNature.GENERAL_PUBLIC, "2013299", null, projectCode, amount);
    }

    public static RecordAppropriation line(String lineId, LineKind kind, FundNature nature, String functionalCode,
                                           String economicCode, String projectCode, String amount) {
        return new RecordAppropriation(DEPT, YEAR, lineId, kind, nature, null, functionalCode, economicCode,
                projectCode, yuan(amount), true, JAN_2);
    }

    public static AdjustBudget supplement(String lineId, String amount) {
        return new AdjustBudget(DEPT, YEAR, lineId, AdjustmentDirection.SUPPLEMENT, yuan(amount), MARCH_1);
    }

    public static AdjustBudget reduction(String lineId, String amount) {
        return new AdjustBudget(DEPT, YEAR, lineId, AdjustmentDirection.REDUCTION, yuan(amount), MARCH_1);
    }

    public static TransferBudget transfer(String fromLineId, String toLineId, String amount) {
        return new TransferBudget(DEPT, YEAR, fromLineId, toLineId, yuan(amount), MARCH_1);
    }

    public static SetThreePublicLimits threePublicLimits(String abroad, String vehiclePurchase,
                                                         String vehicleOperation, String reception) {
        return new SetThreePublicLimits(DEPT, YEAR, yuan(abroad), yuan(vehiclePurchase), yuan(vehicleOperation),
                yuan(reception), JAN_2);
    }

    /** A 办公费 (30201) voucher: not 三公. */
    public static RecordExpenditure expenditure(String expenditureId, String lineId, String amount) {
        return spend(expenditureId, lineId, amount, OFFICE);
    }

    /** A voucher on that economic code; a 公务接待费 one states one batch of one guest, as the rule requires. */
    public static RecordExpenditure spend(String expenditureId, String lineId, String amount, String economicCode) {
        if (RECEPTION.equals(economicCode)) {
            return reception(expenditureId, lineId, amount, 1, 1);
        }
        return new RecordExpenditure(DEPT, YEAR, expenditureId, lineId, yuan(amount), JUNE_30, economicCode,
                "益阳市某文具店", "记-0601", "办公用品", null, null, false);
    }

    /** A 公务接待费 (30217) voucher with its batches and persons. */
    public static RecordExpenditure reception(String expenditureId, String lineId, String amount, int batches,
                                              int persons) {
        return new RecordExpenditure(DEPT, YEAR, expenditureId, lineId, yuan(amount), JUNE_30, RECEPTION,
                "市委接待中心", "记-0602", "公务接待", batches, persons, false);
    }

    public static ReverseExpenditure reversal(String expenditureId) {
        return new ReverseExpenditure(DEPT, YEAR, expenditureId, "凭证金额录错，红字冲销", JUNE_30);
    }

    public static RegisterProject project(String projectCode) {
        return new RegisterProject(DEPT, YEAR, projectCode, "业务工作开展专项经费", ProjectCategory.BUSINESS, "组织部机关");
    }

    public static DefineIndicator indicator(String indicatorId, String target, String weight) {
        return new DefineIndicator(DEPT, YEAR, indicatorId, null, "产出指标", "数量指标", "干部档案电子化", target, null,
                null, null, weight, null);
    }

    public static DefineIndicator boundIndicator(String indicatorId, String target, String weight,
                                                 LedgerMeasure measure) {
        return new DefineIndicator(DEPT, YEAR, indicatorId, null, "产出指标", "成本指标", "预算执行率", target, null,
                null, null, weight, measure);
    }

    public static CloseFiscalYear close(String... carryOverLineIds) {
        return new CloseFiscalYear(DEPT, YEAR, YEAR_END, List.of(carryOverLineIds));
    }

    // ---- metadata ----

    public static Map<String, Object> withKey(String idempotencyKey) {
        return Map.of(AuditKeys.IDEMPOTENCY_KEY, idempotencyKey);
    }

    public static Map<String, Object> migratedAt(String isoInstant) {
        return Map.of(AuditKeys.MIGRATED_RECORDED_AT, isoInstant);
    }

    /** A command with metadata, usable in {@code givenCommands}. */
    public static CommandMessage<?> withMeta(Object command, Map<String, ?> metaData) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
    }

    // ---- expectations ----

    /** Matches a {@link LedgerException} carrying {@code code}. */
    public static Matcher<Object> refusedWith(ErrorCode code) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof LedgerException e && e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("LedgerException with code " + code);
            }

            @Override
            public void describeMismatch(Object item, Description description) {
                description.appendText(item instanceof LedgerException e
                        ? "was code " + e.code() + " (" + e.getMessage() + ")" : "was " + item);
            }
        };
    }
}
