package budgetledger.app.cli;

import budgetledger.app.sheets.SheetKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

@Command(name = "import-budget", description = {"Import the budget from an XLSX or CSV sheet into one department-year.",
        "--kind appropriations (default): the 年初预算 table, each row an ordinary RecordAppropriation (a 年初 line) —",
        "  columns 预算指标编号 (optional), 支出类型, 资金性质, 功能科目编码, 经济科目编码, 项目编码 or 项目名称, 年初预算数.",
        "--kind adjustments: an adjustment document, each row a proposal for approval (追加/追减: ProposeBudgetAdjustment,",
        "  调剂: ProposeBudgetTransfer) — columns 文号, 调整类型, 预算指标, 调入指标, 金额, 日期, 摘要.",
        "Runs as the user named by --as, with that user's roles. --preview lists the rows that would be refused and writes",
        "nothing. Importing the same file again records nothing twice; a changed row is reported. Other headers with",
        "--map HEADER=FIELD (remembered for the department and kind). See docs/voucher-import.md."})
class ImportBudgetCommand extends SheetImportCommand {
    @Option(names = "--kind", defaultValue = "appropriations",
            description = "appropriations (年初预算, the default) or adjustments (追加/追减/调剂 documents)")
    String kind;

    @Override
    SheetKind kind(PrintWriter err) {
        SheetKind k = SheetKind.named(kind).filter(s -> s != SheetKind.VOUCHERS).orElse(null);
        if (k == null) {
            err.println("--kind 须为 appropriations（年初预算）或 adjustments（预算调整文件），不是 " + kind);
        }
        return k;
    }
}
