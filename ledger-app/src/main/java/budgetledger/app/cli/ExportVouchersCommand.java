package budgetledger.app.cli;

import budgetledger.app.sheets.VoucherExport;
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
import java.util.concurrent.Callable;

@Command(name = "export-vouchers", description = {"Export a department-year's vouchers (凭证) to CSV or XLSX, as of a moment.",
        "The columns are import-vouchers' own (plus 状态: 已冲销 for a reversed voucher), so the file imports again.",
        "Text a spreadsheet would take for a formula gets a leading '. See docs/voucher-import.md."})
class ExportVouchersCommand implements Callable<Integer> {
    @Option(names = "--department", required = true, description = "the department id")
    String department;

    @Option(names = "--year", required = true, description = "the fiscal year")
    int year;

    @Option(names = "--format", defaultValue = "csv", description = "csv (UTF-8 with a byte-order mark) or xlsx")
    String format;

    @Option(names = "--out", required = true, description = "the file to write")
    Path out;

    @Option(names = "--as-of", description = "recorded time, ISO-8601 (e.g. 2025-04-15T23:59:59+08:00); default now")
    String asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        VoucherExport.Format f;
        Instant at;
        try {
            f = VoucherExport.Format.of(format);
            at = IsoTimes.asOf(asOf);
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            // written beside the target and moved into place: a refused export leaves no half file behind
            Path part = Files.createTempFile(out.toAbsolutePath().getParent(), ".export-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(part)) {
                    ctx.getBean(VoucherExport.class).write(department, year, at, f, stream);
                }
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            spec.commandLine().getOut().println("exported " + department + "/" + year + " to " + out);
            return 0;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
    }
}
