package budgetledger.app.cli;

import budgetledger.app.seal.SealsFile;
import budgetledger.core.audit.LedgerJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "seals", description = "Export every seal with its public key and sealed hashes, to keep outside the database.")
class SealsCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "the file to write (JSON)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            ObjectNode export = ctx.getBean(SealsFile.class).export();
            Files.writeString(out, LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(export));
            spec.commandLine().getOut().printf("%d seals of %d streams written to %s%n", export.path("seals").size(),
                    export.path("links").size(), out);
            return 0;
        }
    }
}
