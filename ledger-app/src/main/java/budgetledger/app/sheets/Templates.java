package budgetledger.app.sheets;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.figures.YearState;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.common.LedgerId;
import budgetledger.projections.fold.ProjectDef;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The downloadable import templates of a department-year (XLSX): the voucher sheet under {@link VoucherColumn}'s
 * headers, and the budget sheets (年初预算, 预算调整) under {@link BudgetHeaders}'; each column noted, and each code
 * column a drop-down of the year's codes as the ledger has them now — functional 项 and economic 款 codes with their
 * names (增补科目 included), the year's budget lines with what is left on them, its projects, fund natures and kinds.
 */
@Service
public class Templates {
    private final DepartmentDirectory directory;
    private final YearState yearState;
    private final FiguresService figures;
    private final YearCodes codes;

    public Templates(DepartmentDirectory directory, YearState yearState, FiguresService figures, YearCodes codes) {
        this.directory = directory;
        this.yearState = yearState;
        this.figures = figures;
        this.codes = codes;
    }

    /** The lists of one department-year, as drop-downs of one workbook. */
    private record Lists(TemplateWorkbook.Choice functional, TemplateWorkbook.Choice economic,
                         TemplateWorkbook.Choice lines, TemplateWorkbook.Choice projects) {
    }

    public byte[] vouchers(String departmentId, int year) {
        String name = directory.requireYear(departmentId, year);
        TemplateWorkbook book = new TemplateWorkbook();
        List<VoucherColumn> columns = Arrays.asList(VoucherColumn.values());
        var sheet = book.sheet(SheetKind.VOUCHERS.what(), columns.stream().map(c -> new TemplateWorkbook.Column(c.header(), note(c, year),
                c.required(), c == VoucherColumn.SUMMARY || c == VoucherColumn.PAYEE ? 24 : 14)).toList());
        Lists lists = lists(book, departmentId, year);
        TemplateWorkbook.Choice yesNo = book.codeList("YesNo", "是否", List.of("是", "否"), null, null, true);
        for (VoucherColumn c : columns) {
            int at = c.ordinal();
            switch (c) {
                case DATE -> book.date(sheet, at, year);
                case LINE -> book.list(sheet, at, lists.lines(), "选择预算指标（代码表列出其类型、科目与可用额度）");
                case PROJECT -> book.list(sheet, at, lists.projects(), "项目编号");
                case FUNCTIONAL -> book.list(sheet, at, lists.functional(), "功能分类科目（项）");
                case ECONOMIC -> book.list(sheet, at, lists.economic(), "经济分类科目（款）");
                case AMOUNT -> book.amount(sheet, at, "0.01", "金额（元），最多两位小数");
                case RECEPTION_BATCHES, RECEPTION_PERSONS -> book.count(sheet, at, "公务接待填写，整数");
                case PROCUREMENT -> book.list(sheet, at, yesNo, "是否政府采购");
                default -> {
                }
            }
        }
        book.notes("说明", List.of(name + " " + year + " 年 · 凭证导入模板",
                "在“凭证”表第 2 行起每行填一张凭证；第 1 行为表头，勿改（黄色为必填列，表头的批注说明每列）。",
                "预算指标、功能科目、经济科目、项目、政府采购可从下拉列表选择；“代码表”列出本年度的全部代码及名称，生成模板时的情况。",
                "填了预算指标，项目与功能科目可以不填；没有预算指标时，用项目 + 功能科目确定预算指标。",
                "导入：看板 → 从表格导入凭证，先预览（列出每一行会被拒绝的原因），再导入；同一文件再次导入不会重复记录。",
                "只读第一个工作表（“凭证”）；其余工作表不会被导入。"));
        return book.bytes();
    }

    public byte[] budget(String departmentId, int year) {
        String name = directory.requireYear(departmentId, year);
        TemplateWorkbook book = new TemplateWorkbook();
        var initial = book.sheet(SheetKind.APPROPRIATIONS.what(), List.of(
                column(BudgetHeaders.LINE, "预算指标编号，本年度内唯一，如 " + year % 100 + "-U-OFFICE", true, 16),
                column(BudgetHeaders.KIND, "基本支出-人员经费、基本支出-公用经费 或 项目支出（下拉选择）", true, 18),
                column(BudgetHeaders.FUND_NATURE, "一般公共预算、政府性基金 等（下拉选择）", true, 14),
                column(BudgetHeaders.FUNCTIONAL, "功能分类科目（项，7 位），如 2013201 行政运行；读开头的编码", true, 24),
                column(BudgetHeaders.ECONOMIC, "部门经济分类科目（款，5 位），如 30201 办公费；人员经费为 301、303 类，"
                        + "公用经费为其他类；读开头的编码", false, 24),
                column(BudgetHeaders.PROJECT, "项目编号（项目支出填写）", false, 14),
                column(BudgetHeaders.AMOUNT, "年初预算数（元），可为 0.00（年中追加的指标），最多两位小数", true, 16)));
        var adjustments = book.sheet(SheetKind.ADJUSTMENTS.what(), List.of(
                column(BudgetHeaders.DOCUMENT, "批复文件的文号，如 益财预〔" + year + "〕12号", true, 22),
                column(BudgetHeaders.METHOD, "追加、追减 或 调剂（下拉选择）", true, 10),
                column(BudgetHeaders.LINE, "追加、追减：被调整的预算指标；调剂：调出的预算指标", true, 16),
                column(BudgetHeaders.TO_LINE, "调剂：调入的预算指标", false, 16),
                column(BudgetHeaders.AMOUNT, "调整金额（元），正数，最多两位小数", true, 16),
                column(BudgetHeaders.DATE, year + " 年内的日期（发文日期）", true, 12),
                column(BudgetHeaders.REASON, "调整理由", false, 30)));
        Lists lists = lists(book, departmentId, year);
        TemplateWorkbook.Choice kinds = book.codeList("LineKinds", BudgetHeaders.KIND,
                Arrays.stream(LineKind.values()).map(LineKind::nameZh).toList(), null, null, true);
        TemplateWorkbook.Choice natures = book.codeList("FundNatures", BudgetHeaders.FUND_NATURE,
                Arrays.stream(FundNature.values()).map(FundNature::nameZh).toList(), null, null, true);
        TemplateWorkbook.Choice methods = book.codeList("AdjustmentMethods", BudgetHeaders.METHOD,
                List.of("追加", "追减", "调剂"), null, null, true);
        book.list(initial, 1, kinds, null);
        book.list(initial, 2, natures, null);
        book.list(initial, 3, lists.functional(), "功能分类科目（项）");
        book.list(initial, 4, lists.economic(), "经济分类科目（款）");
        book.list(initial, 5, lists.projects(), "项目编号");
        book.amount(initial, 6, "0", "年初预算数（元）");
        book.list(adjustments, 1, methods, null);
        for (int c = 2; c <= 3; c++) {
            book.list(adjustments, c, lists.lines(), "本年度的预算指标");
        }
        book.amount(adjustments, 4, "0.01", "调整金额（元）");
        book.date(adjustments, 5, year);
        book.notes("说明", List.of(name + " " + year + " 年 · 预算导入模板",
                "“年初预算”表：每行一条预算指标（下达预算指标），金额为年初预算数。",
                "“预算调整”表：每行一份调整文件的一项调整——追加、追减填“预算指标”，调剂在“预算指标”填调出的指标、在“调入指标”填调入的指标；"
                        + "导入后为待审批的提议，由另一位审核人批准后生效。",
                "第 1 行为表头，勿改（黄色为必填列，表头的批注说明每列）。“代码表”列出本年度的科目、预算指标、项目等，生成模板时的情况。"));
        return book.bytes();
    }

    private static TemplateWorkbook.Column column(String header, String note, boolean required, int width) {
        return new TemplateWorkbook.Column(header, note, required, width);
    }

    /** The year's codes on 代码表: 项-level functional codes, 款-level economic codes, the lines, the projects. */
    private Lists lists(TemplateWorkbook book, String departmentId, int year) {
        ClassificationCatalogue catalogue = codes.of(departmentId, year, null);
        List<String> functional = labelled(catalogue.functionalCodes(), 7);
        List<String> economic = labelled(catalogue.economicCodes(), 5);
        List<YearState.Line> lines = yearState.of(departmentId, year, null, null).lines();
        List<ProjectDef> projects = figures.current(LedgerId.of(departmentId, year), null, null).performance().projects();
        return new Lists(
                book.codeList("FunctionalCodes", "功能科目", functional, null, null, false),
                book.codeList("EconomicCodes", "经济科目", economic, null, null, false),
                book.codeList("BudgetLines", "预算指标", lines.stream().map(YearState.Line::lineId).toList(),
                        "预算指标说明", lines.stream().map(Templates::describe).toList(), false),
                book.codeList("Projects", "项目", projects.stream().map(ProjectDef::code).toList(),
                        "项目名称", projects.stream().map(ProjectDef::name).toList(), false));
    }

    private static List<String> labelled(Map<String, String> codes, int length) {
        return codes.entrySet().stream().filter(e -> e.getKey().length() == length)
                .map(e -> YearCodes.labelled(e.getKey(), e.getValue())).toList();
    }

    /** 基本支出-公用经费 · 一般公共预算 · 2013201 · 30201 · 可用 7300.00 */
    private static String describe(YearState.Line l) {
        return java.util.stream.Stream.of(l.kind() == null ? null : l.kind().nameZh(),
                        l.fundNature() == null ? null : l.fundNature().nameZh(), l.functionalCode(), l.economicCode(),
                        l.projectCode(), "可用 " + l.available().toYuan().toPlainString())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    /** What the cells of a voucher column take, for the header's note. */
    private static String note(VoucherColumn c, int year) {
        return switch (c) {
            case DATE -> "业务日期，" + year + " 年内，如 " + year + "-03-01（日期单元格或文本均可）";
            case VOUCHER -> "凭证号，如 记-12；同一凭证号再次导入不会重复记录";
            case SUMMARY -> "摘要";
            case LINE -> "预算指标编号（下拉选择）；填了预算指标，项目与功能科目可不填";
            case PROJECT -> "项目编号；没有预算指标时，与功能科目一起确定预算指标";
            case FUNCTIONAL -> "功能分类科目（项，7 位），如 2013201 行政运行；没有预算指标时，与项目一起确定预算指标";
            case ECONOMIC -> "部门经济分类科目（款，5 位），如 30201 办公费";
            case AMOUNT -> "金额（元），正数，最多两位小数，如 1,280.00";
            case PAYEE -> "收款人或收款单位";
            case RECEPTION_BATCHES -> "公务接待批次（公务接待费的凭证填写）";
            case RECEPTION_PERSONS -> "公务接待人数（公务接待费的凭证填写）";
            case PROCUREMENT -> "是否政府采购：是 / 否（空为否）";
        };
    }
}
