package budgetledger.app.cli;

import budgetledger.app.ledger.Progress;
import budgetledger.app.security.ProblemException;
import budgetledger.app.security.UserService;
import budgetledger.app.sheets.Finding;
import budgetledger.app.sheets.SheetException;
import budgetledger.app.sheets.VoucherImport;
import budgetledger.app.sheets.VoucherImportController;
import budgetledger.core.common.LedgerException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import-vouchers", description = {"Import vouchers (凭证) from an XLSX or CSV sheet into one department-year.",
        "Runs as the recorder named by --as (an enabled user with the role RECORDER in the department): every row is an",
        "ordinary RecordExpenditure with its rules. --preview lists the rows that would be refused and writes nothing.",
        "Importing the same file again records nothing twice; a changed row under a known voucher number is reported.",
        "Columns by their Chinese headers (日期, 凭证号, 摘要, 预算指标 or 项目 + 功能科目, 经济科目, 金额, 收款人, 接待批次,",
        "接待人数, 政府采购); other headers with --map HEADER=FIELD (remembered for the department). See docs/voucher-import.md."})
class ImportVouchersCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the .xlsx or .csv file")
    Path file;

    @Option(names = "--department", required = true, description = "the department id")
    String department;

    @Option(names = "--year", required = true, description = "the fiscal year")
    int year;

    @Option(names = "--as", required = true, description = "the recorder: an enabled user with the role RECORDER in the department")
    String actor;

    @Option(names = "--preview", description = "only check every row against the ledger; record nothing")
    boolean preview;

    @Option(names = "--all-or-nothing", description = "record nothing unless every row is accepted")
    boolean allOrNothing;

    @Option(names = "--charset", description = "a CSV's charset (UTF-8 or GB18030); default: UTF-8 if valid, else GB18030")
    String charset;

    @Option(names = "--map", description = "a header and the field it fills, e.g. --map 记账凭证号=voucherNo (repeatable)")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("文件不存在: " + file);
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(true)) {
            var user = ctx.getBean(UserService.class).find(actor.trim()).filter(u -> u.enabled());
            if (user.isEmpty()) {
                err.println("--as " + actor + " 不是已启用的用户（先用 user add 创建，角色 RECORDER，部门 " + department + "）");
                return 2;
            }
            VoucherImport imports = ctx.getBean(VoucherImport.class);
            Charset cs = VoucherImportController.charset(charset);
            Progress progress = new Progress(err, preview ? "preview" : "import", imports.rows(file, cs));
            VoucherImport.Outcome outcome = imports.run(new VoucherImport.Request(file, department, year, user.get(),
                    !preview, allOrNothing, cs, mapping), progress::update);
            progress.done(outcome.rows());
            for (Finding f : outcome.refused()) {
                out.printf("第 %d 行 [%s] 凭证号 %s：%s%n", f.row(), f.code(), f.voucherNo(), f.message());
            }
            out.printf("%s: rows %d, accepted %d, refused %d, already imported %d, recorded %d%s%n",
                    preview ? "preview" : "import", outcome.rows(), outcome.accepted(), outcome.refused().size(),
                    outcome.duplicates(), outcome.recorded(),
                    !preview && allOrNothing && !outcome.committed() ? " (all-or-nothing: nothing recorded)" : "");
            return outcome.refused().isEmpty() ? 0 : 1;
        } catch (SheetException | LedgerException | ProblemException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
