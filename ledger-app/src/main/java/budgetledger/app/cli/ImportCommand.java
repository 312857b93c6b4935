package budgetledger.app.cli;

import budgetledger.app.ledger.Importer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", description = {"Apply a JSON Lines file of commands (one per line, with a \"command\" field).",
        "This is the administrator's migration: audit.recordedBy and audit.recordedAt are kept as the original facts.",
        "Rejected lines are reported with their error; the rest is kept (unless --all-or-nothing)."})
class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the .jsonl file")
    Path file;

    @Option(names = "--all-or-nothing", description = "reject the whole file if any line is rejected")
    boolean allOrNothing;

    @Option(names = "--as", defaultValue = "admin", description = "who runs the migration (default: ${DEFAULT-VALUE})")
    String actor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("文件不存在: " + file);
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(true)) {
            Importer.Result result = ctx.getBean(Importer.class).importFile(file, actor, allOrNothing,
                    spec.commandLine().getErr());
            spec.commandLine().getOut().printf("imported %d, rejected %d%s%n", result.applied(), result.rejected().size(),
                    result.rolledBack() ? " (all-or-nothing: nothing kept)" : "");
            return result.rejected().isEmpty() ? 0 : 1;
        }
    }
}
