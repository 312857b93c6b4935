package budgetledger.projections.report;

import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.testing.SeedShapedDepartment;
import budgetledger.projections.testing.SeedShapedDepartment.Project2023;

import java.time.Instant;

import static budgetledger.core.classification.ProjectCategory.BUSINESS;
import static budgetledger.core.classification.ProjectCategory.SPECIAL;

/**
 * A small department-year folded from hand-made events, shaped like the seed (1860.75 budget, 1796.78 spent,
 * 其他资金 0.59 on a 运行维护 project, seconded staff) but with amounts chosen to catch a renderer that
 * recomputes: 公车运行维护 12.2050万 and 公务接待 2.0650万 each round up, so their rounded sum (14.28) differs
 * from the rounded total figure (14.27); 干部档案电子化 falls short of its target (630 of ≥700册: 4.5 of 5 points),
 * so a form that printed a weight for a score would show.
 */
final class ReportFixture {
    static final Instant AS_OF = Instant.parse("2025-04-15T15:59:59Z");

    private ReportFixture() {
    }

    static ReportInput input() {
        return ReportInput.of(year2024().view(), year2023().view(), AS_OF, null, FiguresOptions.DEFAULT);
    }

    static Report report() {
        return ReportBuilder.build(input());
    }

    /** The figures of one department-year alone (no prior year), as of {@link #AS_OF}. */
    static budgetledger.projections.figures.FiguresDocument figures(LedgerFixture f) {
        return budgetledger.projections.figures.KeyFigures.build(f.view(), null, AS_OF, null, FiguresOptions.DEFAULT);
    }

    /** The Markdown report of one department-year alone (no prior year), as of {@link #AS_OF}. */
    static String markdown(LedgerFixture f) {
        Report report = ReportBuilder.build(ReportInput.of(f.view(), null, AS_OF, null, FiguresOptions.DEFAULT));
        return new String(ReportFormat.MD.render(report, null), java.nio.charset.StandardCharsets.UTF_8);
    }

    static LedgerFixture year2024() {
        LedgerFixture books = SeedShapedDepartment.year2024("122050.00", "20650.00", "2167700.00");
        return texts(SeedShapedDepartment.indicators(books
                .goal(null, "建设堪当重任的高素质执政骨干队伍。", "已完成年度总体目标")
                .goal("p1", "全面提升组织工作质量。", "已完成年度总体目标"), "630册"));
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
        return SeedShapedDepartment.year2023(
                new Project2023("p1", "业务工作开展专项经费", BUSINESS, "30299", "7095000.00"),
                new Project2023("q2", "非公有制经济组织和社会组织党建工作经费", SPECIAL, "30299", "876200.00"),
                new Project2023("p3", "党员集中教育培训经费", SPECIAL, "30216", "417000.00"));
    }
}
