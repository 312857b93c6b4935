package budgetledger.app.sheets;

import budgetledger.app.figures.YearState;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.money.Money;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A department-year's budget lines (预算指标) as of a moment, read from the same fold as the dashboard and the report
 * ({@link YearState}): each line's keys, its 年初预算数, 调整数 (全年 − 年初: 追加, 追减, 调剂 and lines added during the
 * year), 全年预算数, 已支出 (net of 冲销) and 余额, and a 合计 row whose amounts are the key figures
 * {@code budget.initial}, {@code budget.full} and {@code expenditure.total}.
 */
@Service
public class BudgetLinesExport {
    static final String TOTAL = "合计";
    static final List<String> HEADERS = List.of(BudgetHeaders.LINE, BudgetHeaders.KIND, BudgetHeaders.FUND_NATURE,
            BudgetHeaders.VINTAGE, BudgetHeaders.FUNCTIONAL, "功能科目名称", BudgetHeaders.ECONOMIC, "经济科目名称",
            BudgetHeaders.PROJECT, "年初预算数", "调整数", "全年预算数", "已支出", "余额");

    private final DepartmentDirectory directory;
    private final YearState yearState;
    private final YearCodes codes;

    public BudgetLinesExport(DepartmentDirectory directory, YearState yearState, YearCodes codes) {
        this.directory = directory;
        this.yearState = yearState;
        this.codes = codes;
    }

    public SheetTable table(String departmentId, int year, Instant asOf) {
        directory.requireYear(departmentId, year);
        YearState.State state = yearState.of(departmentId, year, asOf, null);
        ClassificationCatalogue catalogue = codes.of(departmentId, year, asOf);
        List<List<Object>> rows = new ArrayList<>();
        Money[] totals = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        for (YearState.Line l : state.lines()) {
            Money[] amounts = {l.initial(), l.full().minus(l.initial()), l.full(), l.executed(), l.available()};
            List<Object> row = new ArrayList<>(Arrays.asList(l.lineId(),
                    l.kind() == null ? "" : l.kind().nameZh(),
                    l.fundNature() == null ? "" : l.fundNature().nameZh(),
                    l.vintage() == null ? "" : l.vintage().nameZh(),
                    Objects.toString(l.functionalCode(), ""),
                    l.functionalCode() == null ? "" : catalogue.functionalName(l.functionalCode()).orElse(""),
                    Objects.toString(l.economicCode(), ""),
                    l.economicCode() == null ? "" : catalogue.economicName(l.economicCode()).orElse(""),
                    Objects.toString(l.projectCode(), "")));
            for (int i = 0; i < amounts.length; i++) {
                row.add(amounts[i].toYuan());
                totals[i] = totals[i].plus(amounts[i]);
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(Arrays.asList(TOTAL, "", "", "", "", "", "", "", ""));
        Arrays.stream(totals).forEach(t -> total.add(t.toYuan()));
        rows.add(total);
        return new SheetTable("预算指标", HEADERS, rows);
    }
}
