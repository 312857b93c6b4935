package budgetledger.projections.fold;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.budget.AppropriationRecorded;
import budgetledger.core.budget.BudgetAdjusted;
import budgetledger.core.budget.BudgetTransferred;
import budgetledger.core.budget.FundSource;
import budgetledger.core.budget.FundsReceived;
import budgetledger.core.budget.ProcurementBudgetSet;
import budgetledger.core.classification.EconomicCode;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.establishment.EstablishmentDeclared;
import budgetledger.core.establishment.StaffGroup;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.common.LedgerId;
import budgetledger.core.money.Money;
import budgetledger.core.performance.Achievement;
import budgetledger.core.performance.DefineIndicator;
import budgetledger.core.performance.EvaluationTextRecorded;
import budgetledger.core.performance.IndicatorDefined;
import budgetledger.core.performance.IndicatorRules;
import budgetledger.core.performance.Operator;
import budgetledger.core.performance.LedgerMeasure;
import budgetledger.core.performance.PerformanceGoalSet;
import budgetledger.core.performance.ProjectRegistered;
import budgetledger.core.performance.RecordIndicatorOutcome;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.core.threepublic.ThreePublicLimitsSet;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.FiscalYearOpened;
import budgetledger.projections.stream.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named builders for a department-year's stream: each call appends one event as the ledger would have recorded
 * it (payload records of ledger-core, indicators and outcomes through the real {@link IndicatorRules}), with a
 * sequence, a recorded time that advances one minute per event unless set, and the business date in the metadata.
 */
public final class LedgerFixture {
    public static final String DEPARTMENT = "yiyang-zzb";

    private final String departmentId;
    private final int year;
    private final List<RecordedEvent> events = new ArrayList<>();
    private final Map<String, AppropriationRecorded> lines = new HashMap<>();
    private final Map<String, Posting> postings = new HashMap<>();
    private final Map<String, IndicatorDefined> indicators = new HashMap<>();
    /** Lines the year opened with (carried or declared): they stay when their project is withdrawn. */
    private final java.util.Set<String> openingLines = new java.util.HashSet<>();
    private Instant clock;
    private LocalDate date;

    private LedgerFixture(String departmentId, int year) {
        this.departmentId = departmentId;
        this.year = year;
        this.clock = Instant.parse(year + "-01-01T01:00:00Z");
        this.date = LocalDate.of(year, 1, 1);
    }

    /** A year of 中共益阳市委组织部, opened with the given carried lines. */
    public static LedgerFixture year(int year, CarriedLine... carried) {
        LedgerFixture f = new LedgerFixture(DEPARTMENT, year);
        f.opened(carried);
        return f.add(new FiscalYearOpened(DEPARTMENT, "中共益阳市委组织部", year, List.of(carried), "SHA-256"));
    }

    /** 期初结转结余 of a first ledger year, declared from the prior year's 决算 (spent from like carried lines). */
    public LedgerFixture openingDeclared(String document, CarriedLine... declared) {
        opened(declared);
        return add(new budgetledger.core.yearend.OpeningBalancesDeclared(departmentId, year, List.of(declared),
                document));
    }

    private void opened(CarriedLine... carried) {
        for (CarriedLine l : carried) {
            lines.put(l.lineId(), new AppropriationRecorded(departmentId, year, l.lineId(), l.kind(), l.fundNature(),
                    Vintage.CARRY_OVER, l.functionalCode(), l.economicCode(), l.projectCode(), l.amount(), false,
                    LocalDate.of(year, 1, 1)));
            openingLines.add(l.lineId());
        }
    }

    public String ledgerId() {
        return LedgerId.of(departmentId, year);
    }

    // ---- the two clocks ----

    /** The next events are recorded from this instant on (one minute apart). */
    public LedgerFixture recordedAt(String instant) {
        clock = Instant.parse(instant);
        return this;
    }

    /** The next dated facts happen on this day. */
    public LedgerFixture on(String isoDate) {
        date = LocalDate.parse(isoDate);
        return this;
    }

    // ---- budget ----

    /** A 年初预算 line of this year's money; {@code project} null for a basic line. */
    public LedgerFixture line(String id, LineKind kind, FundNature nature, String functional, String economic,
                              String project, String yuan) {
        return appropriation(id, kind, nature, Vintage.CURRENT_YEAR, functional, economic, project, yuan, true);
    }

    public LedgerFixture appropriation(String id, LineKind kind, FundNature nature, Vintage vintage, String functional,
                                       String economic, String project, String yuan, boolean initial) {
        AppropriationRecorded e = new AppropriationRecorded(departmentId, year, id, kind, nature, vintage, functional,
                economic, project, Money.parse(yuan), initial, date);
        lines.put(id, e);
        return add(e);
    }

    public LedgerFixture supplement(String lineId, String yuan) {
        return add(new BudgetAdjusted(departmentId, year, lineId, AdjustmentDirection.SUPPLEMENT, Money.parse(yuan), date));
    }

    public LedgerFixture reduce(String lineId, String yuan) {
        return add(new BudgetAdjusted(departmentId, year, lineId, AdjustmentDirection.REDUCTION, Money.parse(yuan), date));
    }

    public LedgerFixture transfer(String from, String to, String yuan) {
        return add(new BudgetTransferred(departmentId, year, from, to, Money.parse(yuan), date));
    }

    /** 提议追加 (pending until approved or rejected: no effect on the line). */
    public LedgerFixture proposed(String proposalId, String lineId, String yuan) {
        return add(new budgetledger.core.budget.BudgetAdjustmentProposed(departmentId, year, proposalId, lineId,
                AdjustmentDirection.SUPPLEMENT, Money.parse(yuan), date));
    }

    public LedgerFixture transferProposed(String proposalId, String from, String to, String yuan) {
        return add(new budgetledger.core.budget.BudgetTransferProposed(departmentId, year, proposalId, from, to,
                Money.parse(yuan), date));
    }

    public LedgerFixture rejected(String proposalId) {
        return add(new budgetledger.core.budget.BudgetProposalRejected(departmentId, year, proposalId, "依据不足"));
    }

    /** 增补科目 for this department-year. */
    public LedgerFixture codeAdded(budgetledger.core.classification.CodeKind kind, String code, String name) {
        return add(new budgetledger.core.classification.ClassificationCodeAdded(departmentId, year, kind, code, name,
                "财政部增补科目通知"));
    }

    public LedgerFixture income(FundNature nature, String yuan) {
        return add(new FundsReceived(departmentId, year, "r" + events.size(), nature, FundSource.CURRENT_YEAR,
                Money.parse(yuan), date));
    }

    public LedgerFixture recovered(FundNature nature, String yuan) {
        return add(new FundsReceived(departmentId, year, "r" + events.size(), nature, FundSource.RECOVERED_PRIOR_YEARS,
                Money.parse(yuan), date));
    }

    public LedgerFixture procurementBudget(String yuan) {
        return add(new ProcurementBudgetSet(departmentId, year, Money.parse(yuan), date));
    }

    public LedgerFixture threePublicLimits(String abroad, String purchase, String operation, String reception) {
        return add(new ThreePublicLimitsSet(departmentId, year, Money.parse(abroad), Money.parse(purchase),
                Money.parse(operation), Money.parse(reception), date));
    }

    // ---- spending ----

    public LedgerFixture spend(String id, String lineId, String economic, String yuan) {
        return spend(id, lineId, economic, yuan, 0, 0, false);
    }

    public LedgerFixture spendOnReception(String id, String lineId, String yuan, int batches, int persons) {
        return spend(id, lineId, "30217", yuan, batches, persons, false);
    }

    /** A 公务接待费 voucher imported from history without batches and persons (未记录). */
    public LedgerFixture spendOnReceptionUnrecorded(String id, String lineId, String yuan) {
        return spend(id, lineId, "30217", yuan, null, null, false);
    }

    public LedgerFixture spendOnProcurement(String id, String lineId, String economic, String yuan) {
        return spend(id, lineId, economic, yuan, 0, 0, true);
    }

    private LedgerFixture spend(String id, String lineId, String economic, String yuan, Integer batches, Integer persons,
                                boolean procurement) {
        AppropriationRecorded l = lines.get(lineId);
        ThreePublicCategory threePublic = ThreePublicCategory.of(EconomicCode.of(economic)).orElse(null);
        Posting p = new Posting(lineId, l.kind(), l.fundNature(), l.vintage(), l.functionalCode(), l.projectCode(),
                economic, threePublic, batches, persons, procurement, Money.parse(yuan));
        postings.put(id, p);
        return add(new ExpenditureRecorded(departmentId, year, id, date, p, "payee", "v-" + id, "summary"));
    }

    public LedgerFixture reverse(String id) {
        return add(new ExpenditureReversed(departmentId, year, id, date, "红字冲正", postings.get(id)));
    }

    // ---- establishment ----

    public LedgerFixture establishment(int retired, int vehiclesAuthorized, int vehiclesActual, StaffGroup... staff) {
        return add(new EstablishmentDeclared(departmentId, year, date, List.of(staff), retired, vehiclesAuthorized,
                vehiclesActual));
    }

    // ---- performance (definitions are dated at year end, as the ledger dates them) ----

    public LedgerFixture project(String code, String name, ProjectCategory category) {
        return add(new ProjectRegistered(departmentId, year, code, name, category, null));
    }

    /** A project in a category the department names itself (category OWN). */
    public LedgerFixture ownCategoryProject(String code, String name, String categoryName) {
        return add(new ProjectRegistered(departmentId, year, code, name, ProjectCategory.OWN, null, categoryName));
    }

    public LedgerFixture goal(String project, String goal, String achieved) {
        return add(new PerformanceGoalSet(departmentId, year, project, goal, achieved));
    }

    /** A goal on an evaluation template, with the weights it overrides (and their reason) or none. */
    public LedgerFixture goal(String project, String goal, String template, java.util.Map<String, String> weights) {
        return add(new PerformanceGoalSet(departmentId, year, project, goal, null, template, weights,
                weights == null ? null : "批复调整"));
    }

    public LedgerFixture indicator(String id, String project, String level1, String level2, String name,
                                   String target, String weight) {
        return indicator(id, project, level1, level2, name, target, weight, null);
    }

    public LedgerFixture indicator(String id, String project, String level1, String level2, String name,
                                   String target, String weight, LedgerMeasure measure) {
        IndicatorDefined e = IndicatorRules.define(departmentId, year, id, project, new DefineIndicator(departmentId,
                year, id, project, level1, level2, name, target, null, null, null, weight, measure));
        indicators.put(id, e);
        return add(e);
    }

    /** An indicator scored by its framework's own rule instead of the proportional ones. */
    public LedgerFixture ruledIndicator(String id, String level1, String level2, String name, String target,
                                        String weight, budgetledger.core.performance.ScoringRule rule) {
        IndicatorDefined e = IndicatorRules.define(departmentId, year, id, null, new DefineIndicator(departmentId,
                year, id, null, level1, level2, name, target, null, null, null, weight, null, rule));
        indicators.put(id, e);
        return add(e);
    }

    /** An indicator as a provincial form writes it: 指标性质, 指标值 and 度量单位 in their own columns, no target text. */
    public LedgerFixture formIndicator(String id, String project, String level1, String level2, String name,
                                       String operator, String value, String unit, String weight) {
        IndicatorDefined e = IndicatorRules.define(departmentId, year, id, project, new DefineIndicator(departmentId,
                year, id, project, level1, level2, name, null, Operator.parse(operator), value, unit, weight, null));
        indicators.put(id, e);
        return add(e);
    }

    /** A quantitative outcome such as "1141册" (or null for an indicator bound to a ledger measure). */
    public LedgerFixture outcome(String indicatorId, String actual) {
        return outcome(indicatorId, actual, null, null);
    }

    /** A qualitative outcome: achieved, with the evaluator's score. */
    public LedgerFixture judged(String indicatorId, String actual, String score) {
        return outcome(indicatorId, actual, Achievement.ACHIEVED, score);
    }

    private LedgerFixture outcome(String indicatorId, String actual, Achievement achievement, String score) {
        IndicatorDefined d = indicators.get(indicatorId);
        return add(IndicatorRules.outcome(departmentId, year, new RecordIndicatorOutcome(departmentId, year,
                indicatorId, actual, achievement, score, null, null), d.target(), d.weight(), d.measure(), yearEnd()));
    }

    /**
     * 撤回登记 of a project, an indicator or a goal (the ledger has checked nothing refers to it). A project takes
     * the lines appropriated to it with it, as the ledger does; lines the year opened with never go.
     */
    public LedgerFixture projectWithdrawn(String code) {
        List<String> going = lines.values().stream()
                .filter(l -> code.equals(l.projectCode()) && !openingLines.contains(l.lineId()))
                .map(AppropriationRecorded::lineId).sorted().toList();
        going.forEach(lines::remove);
        return add(new budgetledger.core.performance.ProjectWithdrawn(departmentId, year, code, "误登记", going));
    }

    public LedgerFixture indicatorWithdrawn(String indicatorId) {
        return add(new budgetledger.core.performance.IndicatorWithdrawn(departmentId, year, indicatorId, "误登记"));
    }

    public LedgerFixture goalWithdrawn(String project) {
        return add(new budgetledger.core.performance.PerformanceGoalWithdrawn(departmentId, year, project, "误登记"));
    }

    public LedgerFixture text(String section, String text) {
        return add(new EvaluationTextRecorded(departmentId, year, section, text));
    }

    public LedgerFixture submitted(String score, String grade) {
        return add(new SelfEvaluationSubmitted(departmentId, year, score, grade, clock, events.size() - 1, "h"));
    }

    // ---- year end ----

    /** 年终结账 on 31 December: the listed lines carried forward, {@code lapsedYuan} withdrawn. */
    public LedgerFixture closed(String lapsedYuan, CarriedLine... carried) {
        date = yearEnd();
        return add(new FiscalYearClosed(departmentId, year, yearEnd(), List.of(carried), Money.parse(lapsedYuan)));
    }

    // ---- reading ----

    public List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    /** The live home: every event applied in order. */
    public LedgerView view() {
        LedgerView view = LedgerView.empty(ledgerId());
        events.forEach(view::apply);
        return view;
    }

    /** 上年比较数 stated from a document: figure name → yuan. */
    public LedgerFixture declaredPrior(String document, Map<String, String> yuanByName) {
        Map<String, Money> figures = new java.util.TreeMap<>();
        yuanByName.forEach((name, yuan) -> figures.put(name, Money.parse(yuan)));
        return add(new budgetledger.core.yearend.PriorYearFiguresDeclared(departmentId, year, figures, document));
    }

    private LedgerFixture add(Object payload) {
        boolean dated = DatedFacts.isDated(payload);
        LocalDate businessDate = payload instanceof FiscalYearOpened ? LocalDate.of(year, 1, 1)
                : dated ? date : yearEnd();
        Map<String, String> meta = Map.of(AuditKeys.RECORDED_AT, clock.toString(),
                AuditKeys.BUSINESS_DATE, businessDate.toString(), AuditKeys.RECORDED_BY, "fixture");
        events.add(new RecordedEvent(ledgerId(), events.size(), 1000L + events.size(), clock, businessDate, payload,
                meta));
        clock = clock.plusSeconds(60);
        return this;
    }

    private LocalDate yearEnd() {
        return LocalDate.of(year, 12, 31);
    }
}
