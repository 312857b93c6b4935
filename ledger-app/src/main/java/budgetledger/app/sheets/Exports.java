package budgetledger.app.sheets;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every export of a department-year — its vouchers, its budget lines, its 决算 tables — as of a moment, in CSV or
 * XLSX, through one writer ({@link SheetWriter}: UTF-8 with a byte-order mark, formula-like text neutralised). The
 * API, the dashboard's links and the CLI's {@code export} all come here.
 */
@Service
public class Exports {
    /** What is exported, by the name the API path and the CLI's {@code --what} use. */
    public enum What {
        VOUCHERS("vouchers", "凭证"),
        BUDGET_LINES("budget-lines", "预算指标"),
        FINAL_ACCOUNTS("final-accounts", "决算表");

        private final String key;
        private final String nameZh;

        What(String key, String nameZh) {
            this.key = key;
            this.nameZh = nameZh;
        }

        public String key() {
            return key;
        }

        public static What of(String text) {
            return Arrays.stream(values()).filter(w -> w.key.equals(Objects.toString(text, "").trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new LedgerException(ErrorCode.INVALID_REQUEST, "没有名为“" + text
                            + "”的导出，可选：" + Arrays.stream(values()).map(w -> w.key + "（" + w.nameZh + "）")
                            .collect(Collectors.joining("、"))));
        }
    }

    private final VoucherExport vouchers;
    private final BudgetLinesExport budgetLines;
    private final FinalAccountsExport finalAccounts;

    public Exports(VoucherExport vouchers, BudgetLinesExport budgetLines, FinalAccountsExport finalAccounts) {
        this.vouchers = vouchers;
        this.budgetLines = budgetLines;
        this.finalAccounts = finalAccounts;
    }

    /**
     * The tables of that export; {@code table} names one 决算 table (null: all of them) and is refused for the others,
     * which are one table each. Every check (the table's name, the department-year) is made before anything is written.
     */
    public List<SheetTable> tables(What what, String departmentId, int year, Instant asOf, String table) {
        if (what != What.FINAL_ACCOUNTS && table != null && !table.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "只有决算表（final-accounts）可以选择 table，" + what.nameZh
                    + "只有一张表");
        }
        return switch (what) {
            case VOUCHERS -> List.of(vouchers.table(departmentId, year, asOf));
            case BUDGET_LINES -> List.of(budgetLines.table(departmentId, year, asOf));
            case FINAL_ACCOUNTS -> finalAccounts.tables(departmentId, year, asOf, table);
        };
    }

    public void write(List<SheetTable> tables, ExportFormat format, OutputStream out) throws IOException {
        SheetWriter.write(tables, format, out);
    }

    /** 凭证-yiyang-zzb-2024.csv, 决算表-收入支出决算总表-yiyang-zzb-2024.xlsx, … */
    public static String fileName(What what, String departmentId, int year, List<SheetTable> tables, ExportFormat format) {
        String name = what == What.FINAL_ACCOUNTS && tables.size() == 1 ? what.nameZh + "-" + tables.get(0).name()
                : what.nameZh;
        return name + "-" + departmentId + "-" + year + "." + format.extension();
    }
}
