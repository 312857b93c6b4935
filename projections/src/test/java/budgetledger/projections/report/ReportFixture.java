package budgetledger.projections.report;

import budgetledger.core.establishment.StaffGroup;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.fold.LedgerFixture;

import java.time.Instant;

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
 * A small department-year folded from hand-made events, shaped like the seed (1860.75 budget, 1796.78 spent,
 * 其他资金 0.59 on a 运行维护 project, seconded staff) but with amounts chosen to catch a renderer that
 * recomputes: 公车运行维护 12.2050万 and 公务接待 2.0650万 each round up, so their rounded sum (14.28) differs
 * from the rounded total figure (14.27); 干部档案电子化 falls short of its target (630 of ≥700册: 4.5 of 5 points),
 * so a form that printed a weight for a score would show.
 */
final class ReportFixture {
    static final Instant AS_OF = Instant.parse("2025-04-15T15:59:59Z");
    static final String BASIC = "2013201";
    static final String PROJECTS = "2013299";

    private ReportFixture() {
    }

    static ReportInput input() {
        return ReportInput.of(year2024().view(), year2023().view(), AS_OF, null, FiguresOptions.DEFAULT);
    }

    static Report report() {
        return ReportBuilder.build(input());
    }

    static LedgerFixture year2024() {
        LedgerFixture f = LedgerFixture.year(2024).recordedAt("2024-01-05T00:00:00Z").on("2024-01-05")
                .project("p1", "业务工作开展专项经费", BUSINESS)
                .project("p2", "派驻纪检监察组工作经费", BUSINESS)
                .project("p3", "党员集中教育培训经费", SPECIAL)
                .project("p4", "运行维护经费", OPERATIONS)
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
                .spend("x-vehicles", "vehicles", "30231", "122050.00")
                .spendOnReception("x-reception", "reception", "20650.00", 44, 271)
                .spend("x-public", "public", "30299", "2167700.00")
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
                        new StaffGroup("派驻纪检监察组", true, 4, 4));
        return texts(evaluation(f.recordedAt("2025-04-01T00:00:00Z")));
    }

    private static LedgerFixture evaluation(LedgerFixture f) {
        return f
                .goal(null, "建设堪当重任的高素质执政骨干队伍。", "已完成年度总体目标")
                .goal("p1", "全面提升组织工作质量。", "已完成年度总体目标")
                .indicator("d1", null, "产出指标", "数量指标", "干部档案电子化", "≥700册", "5").outcome("d1", "630册")
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
                .indicator("a3", "p1", "效益指标", "社会效益指标", "其余指标", "不断提升", "75").judged("a3", "不断提升", "75")
                .indicator("b1", "p2", "产出指标", "成本指标", "全年工作经费支出", "≤10万元", "15", PROJECT_EXECUTED)
                .indicator("b2", "p2", "效益指标", "社会效益指标", "其余指标", "不断提升", "75").judged("b2", "不断提升", "75")
                .indicator("c1", "p3", "产出指标", "成本指标", "全年培训成本", "≤41.7万元", "15", PROJECT_EXECUTED)
                .indicator("c2", "p3", "满意度指标", "服务对象满意度指标", "培训人员满意度", "≥99.8%", "10")
                .outcome("c2", "99.8%")
                .indicator("c3", "p3", "效益指标", "社会效益指标", "其余指标", "不断增强", "65").judged("c3", "不断增强", "65");
    }

    /** Recorded prose: 职能职责 and 其他 deliberately not recorded; one section the report does not know. */
    private static LedgerFixture texts(LedgerFixture f) {
        return f
                .text("goalSetting", "1.绩效目标设立合理。\n2.设立绩效评价领导小组。")
                .text("change.expenditure.generalPublic.basic.public", "主要原因是督导组联络服务支出本年度在公用经费中列支。")
                .text("change.expenditure.generalPublic.project", "主要原因是机构改革，非公党建专项经费划转。")
                .text("change.threePublic.reception.actual", "坚持厉行节约，严格按接待标准执行。")
                .text("problems", "绩效目标设置笼统，缺乏量化标准。")
                .text("improvements", "加强绩效管理培训。")
                .text("resultUse", "将于 2025年4月29日前公开。")
                .text("frugality", "坚决落实习惯过“紧日子”要求。")
                .text("auditNote", "本年度接受市审计局专项审计。");
    }

    /** 2023: a special project that ended (the 非公 专项) and more spent on 业务 and 接待. */
    static LedgerFixture year2023() {
        return LedgerFixture.year(2023).recordedAt("2023-01-05T00:00:00Z").on("2023-01-05")
                .project("p1", "业务工作开展专项经费", BUSINESS)
                .project("q2", "非公有制经济组织和社会组织党建工作经费", SPECIAL)
                .project("p3", "党员集中教育培训经费", SPECIAL)
                .line("personnel", BASIC_PERSONNEL, GENERAL_PUBLIC, BASIC, "30101", null, "11000000.00")
                .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30201", null, "2700.00")
                .line("vehicles", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30231", null, "131400.00")
                .line("reception", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30217", null, "29900.00")
                .line("public", BASIC_PUBLIC, GENERAL_PUBLIC, BASIC, "30299", null, "2400000.00")
                .line("p1", PROJECT, GENERAL_PUBLIC, PROJECTS, "30299", "p1", "7095000.00")
                .line("q2", PROJECT, GENERAL_PUBLIC, PROJECTS, "30299", "q2", "876200.00")
                .line("p3", PROJECT, GENERAL_PUBLIC, PROJECTS, "30216", "p3", "417000.00")
                .threePublicLimits("0", "0", "140000.00", "80000.00")
                .on("2023-12-20")
                .spend("x-personnel", "personnel", "30101", "10983200.00")
                .spend("x-office", "office", "30201", "2700.00")
                .spend("x-vehicles", "vehicles", "30231", "131400.00")
                .spendOnReception("x-reception", "reception", "29900.00", 50, 300)
                .spend("x-public", "public", "30299", "2333000.00")
                .spend("x-p1", "p1", "30299", "7095000.00")
                .spend("x-q2", "q2", "30299", "876200.00")
                .spend("x-p3", "p3", "30216", "417000.00");
    }
}
