package budgetledger.projections.testing;

import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.establishment.StaffGroup;
import budgetledger.projections.fold.LedgerFixture;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.FundNature.OTHER;
import static budgetledger.core.classification.LineKind.BASIC_PERSONNEL;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static budgetledger.core.classification.LineKind.PROJECT;
import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.classification.ProjectCategory.OPERATIONS;
import static budgetledger.core.classification.ProjectCategory.SPECIAL;
import static budgetledger.core.classification.Vintage.CARRY_OVER;
import static budgetledger.core.classification.Vintage.CURRENT_YEAR;
import static budgetledger.core.performance.LedgerMeasure.PERSONNEL_EXPENDITURE;
import static budgetledger.core.performance.LedgerMeasure.PROJECT_EXECUTED;
import static budgetledger.core.performance.LedgerMeasure.THREE_PUBLIC_CONTROL_RATE;

/**
 * The event builders of a compact department shaped like the seed (1860.75 budget, 三公 limits 14.00 and 8.00,
 * 其他资金 0.59 on a 运行维护 project, seconded staff), shared by the figures tests' {@code SmallDepartment} and
 * the report tests' {@code ReportFixture}. Each fixture passes only the amounts and outcomes it varies.
 */
public final class SeedShapedDepartment {
    public static final String BASIC = "2013201";
    public static final String PROJECTS = "2013299";

    private SeedShapedDepartment() {
    }

    /**
     * 2024's books through the establishment, the recorded time then set to 2025-04-01 for what follows. Only the
     * spending on 公车运行维护 (30231), 公务接待 and other 公用经费 (30299) varies between the fixtures.
     */
    public static LedgerFixture year2024(String vehiclesSpent, String receptionSpent, String publicSpent) {
        return LedgerFixture.year(2024).recordedAt("2024-01-05T00:00:00Z").on("2024-01-05")
                .project("p1", "业务工作开展专项经费", BUSINESS)
                .project("p2", "派驻纪检监察组工作经费", BUSINESS)
                .project("p3", "党员集中教育培训经费", SPECIAL)
                .project("p4", "运行维护经费", OPERATIONS)
                // 年初预算 1286.78
                .line("personnel", BASIC_PERSONNEL, GENERAL_PUBLIC, BASIC, "30101", null, "9000000.00")
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30201", null, "103300.00")
                .line("travel", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30211", null, "166100.00")
                .line("meetings", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30215", null, "60700.00")
                .line("vehicles", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30231", null, "140000.00")
                .line("reception", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30217", null, "80000.00")
                .line("public", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30299", null, "2135500.00")
                .line("p1", PROJECT, GENERAL_PUBLIC, PROJECTS, "30299", "p1", "665200.00")
                .line("p2", PROJECT, GENERAL_PUBLIC, PROJECTS, "30299", "p2", "100000.00")
                .line("p3", PROJECT, GENERAL_PUBLIC, PROJECTS, "30216", "p3", "417000.00")
                .threePublicLimits("0", "0", "140000.00", "80000.00")
                .procurementBudget("173000.00")
                // during the year: 追加 to 1860.75, 上年结转 0.01 re-issued against 收回以前年度资金, 其他资金 0.59
                .on("2024-06-30")
                .supplement("personnel", "1978800.00")
                .supplement("public", "637200.00")
                .supplement("p1", "3117700.00")
                .appropriation("p1-carry", PROJECT, GENERAL_PUBLIC, CARRY_OVER, PROJECTS, "30299", "p1", "100.00", false)
                .appropriation("p4", PROJECT, OTHER, CURRENT_YEAR, PROJECTS, "30299", "p4", "5900.00", false)
                .income(GENERAL_PUBLIC, "17961800.00")
                .income(OTHER, "5900.00")
                .recovered(GENERAL_PUBLIC, "100.00")
                .on("2024-12-20")
                .spend("x-personnel", "personnel", "30101", "10978800.00")
                .spend("x-office", "office", "30201", "103300.00")
                .spend("x-travel", "travel", "30211", "166100.00")
                .spend("x-meetings", "meetings", "30215", "60700.00")
                .spend("x-vehicles", "vehicles", "30231", vehiclesSpent)
                .spendOnReception("x-reception", "reception", receptionSpent, 44, 271)
                .spend("x-public", "public", "30299", publicSpent)
                .spendOnProcurement("x-computers", "public", "31002", "173000.00")
                .spend("x-p1", "p1", "30299", "3652500.00")
                .spend("x-p1-carry", "p1-carry", "30299", "100.00")
                .spend("x-p2", "p2", "30299", "100000.00")
                .spend("x-p3", "p3", "30216", "417000.00")
                .spend("x-p4", "p4", "30299", "5900.00")
                .on("2024-12-31")
                .establishment(11, 2, 2,
                        new StaffGroup("行政编制", false, 56, 51),
                        new StaffGroup("参公事业编制", false, 4, 4),
                        new StaffGroup("事业编制", false, 6, 5),
                        new StaffGroup("派驻纪检监察组", true, 4, 4))
                .recordedAt("2025-04-01T00:00:00Z");
    }

    /**
     * 附件2 and 附件3, condensed: the bound and computed indicators as in the seed, the rest as one judged row per part;
     * only the outcome of 干部档案电子化 (≥700册) varies between the fixtures.
     */
    public static LedgerFixture indicators(LedgerFixture f, String archivesDigitised) {
        return f
                .indicator("d1", null, "产出指标", "数量指标", "干部档案电子化", "≥700册", "5").outcome("d1", archivesDigitised)
                .indicator("d2", null, "产出指标", "质量指标", "安全生产和消防工作考核", "考核合格", "40")
                .judged("d2", "无扣分项", "40")
                .indicator("d3", null, "产出指标", "成本指标", "人员经费支出", "≥900万元", "3", PERSONNEL_EXPENDITURE)
                .indicator("d4", null, "产出指标", "成本指标", "三公经费控制率", "≤100%", "2", THREE_PUBLIC_CONTROL_RATE)
                .indicator("d5", null, "效益指标", "社会效益指标", "提升益阳市党建工作质量和水平", "不断提升", "30")
                .judged("d5", "不断提升", "30")
                .indicator("d6", null, "满意度指标", "服务对象满意度指标", "基层群众对组织工作的满意度", "≥90%", "10")
                .outcome("d6", "95%")
                .indicator("a1", "p1", "产出指标", "成本指标", "招录公务员成本", "人均≤2000元", "10").outcome("a1", "1483元")
                .indicator("a2", "p1", "产出指标", "质量指标", "公务员考录差错率", "0%", "5").outcome("a2", "0%")
                .indicator("a3", "p1", "效益指标", "社会效益指标", "其余指标", "不断提升", "30").judged("a3", "不断提升", "30")
                .indicator("b1", "p2", "产出指标", "成本指标", "全年工作经费支出", "≤10万元", "15", PROJECT_EXECUTED)
                .indicator("b2", "p2", "效益指标", "社会效益指标", "其余指标", "不断提升", "30").judged("b2", "不断提升", "30")
                .indicator("c1", "p3", "产出指标", "成本指标", "全年培训成本", "≤41.7万元", "15", PROJECT_EXECUTED)
                .indicator("c2", "p3", "满意度指标", "服务对象满意度指标", "培训人员满意度", "≥99.8%", "10")
                .outcome("c2", "99.8%")
                .indicator("c3", "p3", "效益指标", "社会效益指标", "其余指标", "不断增强", "30").judged("c3", "不断增强", "30")
                // the rest of each project form, one met row per part, so each part's 分值 add up to its weight
                .indicator("a4", "p1", "产出指标", "数量指标", "其余指标", "全部完成", "35").judged("a4", "全部完成", "35")
                .indicator("a5", "p1", "满意度指标", "服务对象满意度指标", "其余指标", "满意", "10").judged("a5", "满意", "10")
                .indicator("b3", "p2", "产出指标", "数量指标", "其余指标", "全部完成", "35").judged("b3", "全部完成", "35")
                .indicator("b4", "p2", "满意度指标", "服务对象满意度指标", "其余指标", "满意", "10").judged("b4", "满意", "10")
                .indicator("c4", "p3", "产出指标", "数量指标", "其余指标", "全部完成", "35").judged("c4", "全部完成", "35");
    }

    /** A 2023 project: registered, given one general-public line of {@code amount} and spent in full. */
    public record Project2023(String id, String name, ProjectCategory category, String economicCode, String amount) {
    }

    /**
     * 2023, the prior year: the same basic lines and spending in both fixtures, and the given projects, each
     * budgeted and spent in full (registered, budgeted and spent in the order given).
     */
    public static LedgerFixture year2023(Project2023... projects) {
        LedgerFixture f = LedgerFixture.year(2023).recordedAt("2023-01-05T00:00:00Z").on("2023-01-05");
        for (Project2023 p : projects) {
            f = f.project(p.id(), p.name(), p.category());
        }
        f = f.line("personnel", BASIC_PERSONNEL, GENERAL_PUBLIC, BASIC, "30101", null, "11000000.00")
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30201", null, "2700.00")
                .line("vehicles", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30231", null, "131400.00")
                .line("reception", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30217", null, "29900.00")
                .line("public", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30299", null, "2400000.00");
        for (Project2023 p : projects) {
            f = f.line(p.id(), PROJECT, GENERAL_PUBLIC, PROJECTS, p.economicCode(), p.id(), p.amount());
        }
        f = f.threePublicLimits("0", "0", "140000.00", "80000.00")
                .on("2023-12-20")
                .spend("x-personnel", "personnel", "30101", "10983200.00")
                .spend("x-office", "office", "30201", "2700.00")
                .spend("x-vehicles", "vehicles", "30231", "131400.00")
                .spendOnReception("x-reception", "reception", "29900.00", 50, 300)
                .spend("x-public", "public", "30299", "2333000.00");
        for (Project2023 p : projects) {
            f = f.spend("x-" + p.id(), p.id(), p.economicCode(), p.amount());
        }
        return f;
    }
}
