package budgetledger.app.cli;

import budgetledger.app.audit.AuditService;
import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.ledger.Progress;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "verify", description = "Recompute every hash chain; name the first broken event of each stream. Exit 1 if any.")
class VerifyCommand implements Callable<Integer> {
    @Option(names = "--department")
    String department;

    @Option(names = "--year")
    Integer year;

    @Option(names = "--from-export", description = "check an export-events file instead of the database (no database needed)")
    java.nio.file.Path fromExport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (fromExport != null) {
            ChainVerifier.Report report = budgetledger.app.audit.ExportArchive.read(fromExport).verify();
            print(report, spec.commandLine().getOut());
            return report.ok() ? 0 : 1;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            AuditService audit = ctx.getBean(AuditService.class);
            Progress progress = new Progress(spec.commandLine().getErr(), "verify", audit.countEvents(department, year));
            ChainVerifier.Report report = audit.verify(department, year, progress::update);
            progress.done(report.events());
            print(report, spec.commandLine().getOut());
            return report.ok() ? 0 : 1;
        }
    }

    static void print(ChainVerifier.Report report, PrintWriter out) {
        out.printf("streams checked: %d, events checked: %d, broken: %d%n", report.streams(), report.events(),
                report.breaks().size());
        for (ChainVerifier.Break b : report.breaks()) {
            out.printf("BROKEN %s sequence %d event %s: %s%n", b.ledgerId(), b.sequence(), b.eventId(), b.problem());
        }
        out.println(report.ok() ? "OK: every chain is intact" : "FAILED: the history has been altered");
    }
}
