package budgetledger.app.sheets;

import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.FundNature;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.ThreePublicLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The 决算-style tables of a department-year, laid out from its key figures ({@link FiguresDocument}, docs/figures.md)
 * and nothing else: every amount is a figure the report prints or the figures API gives, copied, never summed or
 * computed here, so an exported table cannot disagree with the report. A table names the figure behind each row
 * where one row is one figure, so a reader can ask for its events ({@code …/figures/{name}/events}).
 */
final class FinalAccounts {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String INDENT = "\u3000";

    /** The tables, by the name the API and the CLI take ({@code table=}). */
    enum Table {
        SUMMARY("summary", "收入支出决算总表", FinalAccounts::summary),
        FUNCTIONAL("functional", "支出决算表（按功能分类）", FinalAccounts::functional),
        ECONOMIC("economic", "支出决算表（按经济分类）", FinalAccounts::economic),
        THREE_PUBLIC("three-public", "三公经费支出决算表", FinalAccounts::threePublic),
        FIGURES("figures", "关键数据", FinalAccounts::allFigures);

        private final String key;
        private final String title;
        private final Function<FinalAccounts, SheetTable> build;

        Table(String key, String title, Function<FinalAccounts, SheetTable> build) {
            this.key = key;
            this.title = title;
            this.build = build;
        }

        String key() {
            return key;
        }

        String title() {
            return title;
        }

        /** The table of that name; none (null or blank): every table. Anything else is refused in Chinese. */
        static List<Table> of(String text) {
            if (text == null || text.isBlank()) {
                return List.of(values());
            }
            return List.of(Arrays.stream(values()).filter(t -> t.key.equals(text.trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new LedgerException(ErrorCode.INVALID_REQUEST, "没有名为“" + text
                            + "”的决算表，可选：" + Arrays.stream(values()).map(t -> t.key + "（" + t.title + "）")
                            .collect(Collectors.joining("、")))));
        }
    }

    private final Map<String, Object> figures;
    private final ClassificationCatalogue catalogue;

    private FinalAccounts(FiguresDocument document, ClassificationCatalogue catalogue) {
        this.figures = document.figures();
        this.catalogue = catalogue;
    }

    static List<SheetTable> tables(FiguresDocument document, ClassificationCatalogue catalogue, List<Table> which) {
        FinalAccounts accounts = new FinalAccounts(document, catalogue);
        return which.stream().map(t -> t.build.apply(accounts)).toList();
    }

    /** 收入 (by fund nature, recovered, opening carry-over) above 支出 (by kind, by fund nature) and the closing balance. */
    private SheetTable summary() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(summaryRow("本年收入合计", null, null, FigureNames.INCOME_TOTAL));
        for (FundNature n : FundNature.values()) {
            rows.add(summaryRow(INDENT + n.nameZh() + "收入", null, null, FigureNames.income(n)));
        }
        rows.add(summaryRow("收回以前年度资金", null, null, FigureNames.INCOME_RECOVERED_PRIOR_YEARS));
        rows.add(summaryRow("年初结转和结余", null, null, FigureNames.CARRY_OVER_OPENING));
        rows.add(summaryRow("收入总计（可支配资金）", null, null, FigureNames.FUNDS_AVAILABLE_TOTAL));
        rows.add(summaryRow("本年支出合计", FigureNames.BUDGET_INITIAL, FigureNames.BUDGET_FULL, FigureNames.EXPENDITURE_TOTAL));
        rows.add(summaryRow(INDENT + "基本支出", FigureNames.BUDGET_BASIC_INITIAL, FigureNames.BUDGET_BASIC_FULL,
                FigureNames.EXPENDITURE_BASIC));
        rows.add(summaryRow(INDENT + INDENT + "人员经费", null, FigureNames.BUDGET_BASIC_PERSONNEL_FULL,
                FigureNames.EXPENDITURE_BASIC_PERSONNEL));
        rows.add(summaryRow(INDENT + INDENT + "公用经费", null, FigureNames.BUDGET_BASIC_PUBLIC_FULL,
                FigureNames.EXPENDITURE_BASIC_PUBLIC));
        rows.add(summaryRow(INDENT + "项目支出", FigureNames.BUDGET_PROJECT_INITIAL, FigureNames.BUDGET_PROJECT_FULL,
                FigureNames.EXPENDITURE_PROJECT));
        for (FundNature n : FundNature.values()) {
            rows.add(summaryRow(INDENT + n.nameZh() + "支出", null, FigureNames.budgetFundFull(n),
                    FigureNames.expenditureFund(n)));
        }
        rows.add(summaryRow("年末结转和结余", null, null, FigureNames.CARRY_OVER_CLOSING));
        return new SheetTable(Table.SUMMARY.title(), List.of("项目", "年初预算数", "全年预算数", "决算数", "决算数指标名"), rows);
    }

    private List<Object> summaryRow(String label, FigureName initial, FigureName full, FigureName actual) {
        return Arrays.asList(label, value(initial), value(full), value(actual), actual.key());
    }

    /** 支出 by 功能分类 类/款/项, in code order (a 类 above its 款 above its 项), under a 合计 row. */
    private SheetTable functional() {
        return byCode(Table.FUNCTIONAL, FigureNames::expenditureFunction, catalogue::functionalName, code -> switch (code.length()) {
                    case 3 -> "类";
                    case 5 -> "款";
                    default -> "项";
                });
    }

    /** 支出 by 经济分类 类/款. */
    private SheetTable economic() {
        return byCode(Table.ECONOMIC, FigureNames::expenditureEconomic, catalogue::economicName, code -> code.length() == 3 ? "类" : "款");
    }

    private SheetTable byCode(Table table, Function<String, FigureName> family, Function<String, Optional<String>> name,
                              Function<String, String> level) {
        String sample = family.apply("201").key();
        String prefix = sample.substring(0, sample.length() - "201".length()); // expenditure.function. / .economic.
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("合计", "", "", value(FigureNames.EXPENDITURE_TOTAL),
                value(FigureNames.EXPENDITURE_TOTAL.prior()), FigureNames.EXPENDITURE_TOTAL.key()));
        figures.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(key -> {
            String code = key.substring(prefix.length());
            FigureName figure = family.apply(code);
            rows.add(Arrays.asList(code, name.apply(code).orElse(""), level.apply(code), value(figure),
                    value(figure.prior()), key));
        });
        return new SheetTable(table.title(), List.of("科目编码", "科目名称", "级次", "决算数", "上年决算数", "决算数指标名"), rows);
    }

    /** The 三公 lines: limit, spent, savings and last year's spending; then 公务接待 批次 and 人次, and the control rate. */
    private SheetTable threePublic() {
        List<List<Object>> rows = new ArrayList<>();
        for (ThreePublicLine l : ThreePublicLine.values()) {
            FigureName actual = FigureNames.threePublicActual(l);
            rows.add(Arrays.asList((l == ThreePublicLine.TOTAL ? "" : INDENT) + l.nameZh(),
                    value(FigureNames.threePublicBudget(l)), value(actual), value(FigureNames.threePublicSavings(l)),
                    value(actual.prior()), actual.key()));
        }
        for (FigureName f : List.of(FigureNames.THREE_PUBLIC_RECEPTION_BATCHES, FigureNames.THREE_PUBLIC_RECEPTION_PERSONS,
                FigureNames.THREE_PUBLIC_CONTROL_RATE)) {
            rows.add(Arrays.asList(f.chineseName(), null, value(f), null, value(f.prior()), f.key()));
        }
        return new SheetTable(Table.THREE_PUBLIC.title(),
                List.of("项目", "预算数", "决算数", "节约（预算数−决算数）", "上年决算数", "决算数指标名"), rows);
    }

    /** Every figure of the document, by name, with its Chinese name: the tables above and all the rest. */
    private SheetTable allFigures() {
        List<List<Object>> rows = new ArrayList<>();
        figures.forEach((key, v) -> rows.add(Arrays.asList(key,
                FigureNames.department(key).map(FigureName::chineseName).orElse(""), number(v))));
        return new SheetTable(Table.FIGURES.title(), List.of("指标名", "名称", "数值"), rows);
    }

    private Object value(FigureName name) {
        return name == null ? null : number(figures.get(name.key()));
    }

    /** A figure's printed value as a number cell (money, rate, score, count); a grade stays text; null stays empty. */
    private static Object number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s && NUMBER.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        return value;
    }
}
