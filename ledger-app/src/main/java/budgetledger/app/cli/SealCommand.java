package budgetledger.app.cli;

import budgetledger.app.seal.Seal;
import budgetledger.app.seal.Sealer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "seal", description = "Seal a department-year's history now (sign its head with the sealing key).")
class SealCommand implements Callable<Integer> {
    @Option(names = "--department", required = true)
    String department;

    @Option(names = "--year", required = true)
    int year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            Seal s = ctx.getBean(Sealer.class).sealHead(department, year, Seal.ON_DEMAND);
            spec.commandLine().getOut().printf("sealed %s at sequence %d (head %s…), seal %s%n", s.ledgerId(),
                    s.sequence(), s.headHash().substring(0, 16), s.shortForm());
            return 0;
        }
    }
}
