package budgetledger.app.cli;

import budgetledger.app.sheets.SheetKind;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

@Command(name = "import-vouchers", description = {"Import vouchers (凭证) from an XLSX or CSV sheet into one department-year.",
        "Runs as the recorder named by --as (an enabled user with the role RECORDER in the department): every row is an",
        "ordinary RecordExpenditure with its rules. --preview lists the rows that would be refused and writes nothing.",
        "Importing the same file again records nothing twice; a changed row under a known voucher number is reported.",
        "Columns by their Chinese headers (日期, 凭证号, 摘要, 预算指标 or 项目 + 功能科目, 经济科目, 金额, 收款人, 接待批次,",
        "接待人数, 政府采购); other headers with --map HEADER=FIELD (remembered for the department). See docs/voucher-import.md."})
class ImportVouchersCommand extends SheetImportCommand {
    @Override
    SheetKind kind(PrintWriter err) {
        return SheetKind.VOUCHERS;
    }
}
