package budgetledger.app.cli;

import budgetledger.app.audit.AuditService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export-events", description = "Write event streams (with their hash links) as JSON Lines: a department-year, a department, or everything.")
class ExportEventsCommand implements Callable<Integer> {
    @Option(names = "--department")
    String department;

    @Option(names = "--year")
    Integer year;

    @Option(names = "--out", required = true, description = "output file")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (year != null && department == null) {
            spec.commandLine().getErr().println("--year 须与 --department 一起使用");
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long n = ctx.getBean(AuditService.class).export(department, year, writer);
            spec.commandLine().getOut().printf("exported %d events to %s%n", n, out);
            return 0;
        }
    }
}
