package budgetledger.app.cli;

import budgetledger.app.audit.AuditService;
import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.audit.ExportArchive;
import budgetledger.app.ledger.Progress;
import budgetledger.app.seal.SealAudit;
import budgetledger.app.seal.SealsFile;
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

    @Option(names = "--from-export", description = "check an export-events file instead of the database (no database needed); with --seals, "
            + "against those seals too (--department/--year: the export holds only those streams)")
    java.nio.file.Path fromExport;

    @Option(names = "--seals", description = "check the store (or --from-export's file) against a seals export "
            + "(seals --out) instead of the seals in the database: names any event changed, removed or inserted "
            + "before a sealed head")
    java.nio.file.Path seals;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (fromExport != null) {
            return verifyExport();
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            AuditService audit = ctx.getBean(AuditService.class);
            Progress progress = new Progress(spec.commandLine().getErr(), "verify", audit.countEvents(department, year));
            ChainVerifier.Report report = audit.verify(department, year, progress::update);
            progress.done(report.events());
            print(report, spec.commandLine().getOut());
            if (department == null) {
                var registry = ctx.getBean(budgetledger.app.audit.RegistryChain.class).verify();
                spec.commandLine().getOut().printf("department registrations: %d in the registry chain (登记链)%s, %s%n",
                        registry.chained(), registry.unchained() == 0 ? "" : ", " + registry.unchained()
                                + " recorded before it (an older store: proven by their seals only)",
                        registry.ok() ? "intact" : "broken at " + registry.broken().sequence());
            }
            SealsFile.Contents against = seals != null ? SealsFile.read(seals) : ctx.getBean(SealsFile.class).stored();
            SealAudit.Report sealed = ctx.getBean(SealAudit.class).verify(against.seals(), against.keys(),
                    against.links(), department, year);
            print(sealed, seals != null ? "from the seals file" : "from the database", spec.commandLine().getOut());
            return report.ok() && sealed.ok() ? 0 : 1;
        }
    }

    /**
     * The export's own hash chains, and with {@code --seals} the export against the seals: a chain recomputed in the
     * file after an edit passes the first check, never the second. {@code --department}/{@code --year} say what the
     * export holds, so that a seal of a stream it was never meant to carry is not taken for one cut out of it.
     */
    private int verifyExport() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExportArchive archive = ExportArchive.read(fromExport);
        ChainVerifier.Report report = archive.verify();
        print(report, out);
        if (seals == null) {
            return report.ok() ? 0 : 1;
        }
        SealsFile.Contents against = SealsFile.read(seals);
        SealAudit.Report sealed = SealAudit.verifyExport(archive, against.seals(), against.keys(), against.links(),
                department, year);
        print(sealed, "from the seals file, against the export", out);
        return report.ok() && sealed.ok() ? 0 : 1;
    }

    static void print(ChainVerifier.Report report, PrintWriter out) {
        out.printf("streams checked: %d, events checked: %d, broken: %d%n", report.streams(), report.events(),
                report.breaks().size());
        for (ChainVerifier.Break b : report.breaks()) {
            out.printf("BROKEN %s sequence %d event %s: %s%n", b.ledgerId(), b.sequence(), b.eventId(), b.problem());
        }
        out.println(report.ok() ? "OK: every chain is intact" : "FAILED: the history has been altered");
    }

    static void print(SealAudit.Report report, String against, PrintWriter out) {
        out.printf("seals checked: %d (%s), sealed streams: %d, streams no seal covers: %d%n", report.seals(),
                against, report.sealedStreams(), report.unsealedStreams());
        for (var f : report.findings()) {
            out.printf("SEAL %s%s%s: %s%n", f.ledgerId(), f.sequence() == null ? "" : " sequence " + f.sequence(),
                    f.eventId() == null ? "" : " event " + f.eventId(), f.problem());
        }
        report.notes().forEach(n -> out.println("NOT CHECKED " + n));
        if (report.unsealedStreams() > 0) {
            out.println("note: streams no seal covers are proven only by their hash chain, which anyone who can write "
                    + "to the database can recompute; seal them (seal --department D --year Y) and keep seals --out");
        }
        out.println(report.ok() ? "OK: every seal matches" : "FAILED: history under a seal has been altered");
    }
}
