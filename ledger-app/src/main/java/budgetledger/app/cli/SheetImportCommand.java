package budgetledger.app.cli;

import budgetledger.app.ledger.Progress;
import budgetledger.app.security.ProblemException;
import budgetledger.app.security.UserService;
import budgetledger.app.sheets.Finding;
import budgetledger.app.sheets.SheetException;
import budgetledger.app.sheets.SheetImport;
import budgetledger.app.sheets.SheetImportController;
import budgetledger.app.sheets.SheetKind;
import budgetledger.core.common.LedgerException;
import org.springframework.context.ConfigurableApplicationContext;
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

/**
 * What {@code import-vouchers} and {@code import-budget} share: a sheet into one department-year as the user named by
 * {@code --as}, previewed or committed by {@link SheetImport}, with a progress bar on a terminal (a line every few
 * seconds otherwise), then each refused row and a summary line. Exit 0: no row refused; 1: rows refused; 2: nothing
 * could be imported (no such user or file, the file refused whole, no right).
 */
abstract class SheetImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the .xlsx or .csv file")
    Path file;

    @Option(names = "--department", required = true, description = "the department id")
    String department;

    @Option(names = "--year", required = true, description = "the fiscal year")
    int year;

    @Option(names = "--as", required = true, description = "who imports: an enabled user with the role the rows' commands need in the department")
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

    /** The kind of sheet, or null (after printing why) when the options name none. */
    abstract SheetKind kind(PrintWriter err);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SheetKind kind = kind(err);
        if (kind == null) {
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("文件不存在: " + file);
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(true)) {
            var user = ctx.getBean(UserService.class).find(actor.trim()).filter(u -> u.enabled());
            if (user.isEmpty()) {
                err.println("--as " + actor + " 不是已启用的用户（先用 user add 创建，并给予所需角色与部门 " + department + "）");
                return 2;
            }
            SheetImport imports = ctx.getBean(SheetImport.class);
            Charset cs = SheetImportController.charset(charset);
            Progress progress = new Progress(err, preview ? "preview" : "import", imports.rows(kind, file, cs));
            SheetImport.Outcome outcome = imports.run(new SheetImport.Request(kind, file, department, year, user.get(),
                    !preview, allOrNothing, cs, mapping), progress::update);
            progress.done(outcome.rows());
            for (Finding f : outcome.refused()) {
                out.printf("第 %d 行 [%s] %s %s：%s%n", f.row(), f.code(), kind.subject(), f.subject(), f.message());
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
