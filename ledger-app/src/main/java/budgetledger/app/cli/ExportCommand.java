package budgetledger.app.cli;

import budgetledger.app.sheets.ExportFormat;
import budgetledger.app.sheets.Exports;
import budgetledger.app.sheets.SheetTable;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export --what vouchers|budget-lines|final-accounts …}; {@code export-vouchers} is its old name (vouchers). */
@Command(name = "export", aliases = "export-vouchers",
        description = {"Export a department-year to CSV or XLSX, as of a moment: its vouchers (凭证, the default),",
                "its budget lines (预算指标) or its 决算 tables (收入支出决算总表, 支出决算表 by functional and by economic",
                "code, 三公经费, 关键数据). Text a spreadsheet would take for a formula gets a leading '.",
                "See docs/spreadsheets.md."})
class ExportCommand implements Callable<Integer> {
    @Option(names = "--what", defaultValue = "vouchers", description = "vouchers, budget-lines or final-accounts")
    String what;

    @Option(names = "--department", required = true, description = "the department id")
    String department;

    @Option(names = "--year", required = true, description = "the fiscal year")
    int year;

    @Option(names = "--format", defaultValue = "csv", description = "csv (UTF-8 with a byte-order mark) or xlsx")
    String format;

    @Option(names = "--table", description = "final-accounts only: summary, functional, economic, three-public or "
            + "figures; default every table (one sheet each, or one after the other in a CSV)")
    String table;

    @Option(names = "--out", required = true, description = "the file to write")
    Path out;

    @Option(names = "--as-of", description = "recorded time, ISO-8601 (e.g. 2025-04-15T23:59:59+08:00); default now")
    String asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Exports.What w;
        ExportFormat f;
        Instant at;
        try {
            w = Exports.What.of(what);
            f = ExportFormat.of(format);
            at = IsoTimes.asOf(asOf);
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            Exports exports = ctx.getBean(Exports.class);
            List<SheetTable> tables = exports.tables(w, department, year, at, table);
            // written beside the target and moved into place: a failed export leaves no half file behind
            Path part = Files.createTempFile(out.toAbsolutePath().getParent(), ".export-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(part)) {
                    exports.write(tables, f, stream);
                }
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            spec.commandLine().getOut().println("exported " + w.key() + " of " + department + "/" + year + " to " + out);
            return 0;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
    }
}
