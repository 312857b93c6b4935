package budgetledger.app.cli;

import budgetledger.app.LedgerApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The command-line side of the same jar: each command starts the application without its web server. */
@Command(name = "ledger-app", mixinStandardHelpOptions = true,
        description = "预算执行账本 budget-execution ledger. Without a command: run the server (same as 'serve').",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportEventsCommand.class, VerifyCommand.class,
                ReportCommand.class, RebuildViewsCommand.class, UserCommand.class})
public class LedgerCli {

    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new LedgerCli());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    /**
     * A non-web application context for one CLI command. Streaming processors keep running only when the command
     * needs them ({@code keepProcessors}); otherwise they are stopped so a read-only command leaves no trace.
     */
    static ConfigurableApplicationContext context(boolean keepProcessors) {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LedgerApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "logging.level.budgetledger=WARN", "ledger.log-target=System.err")
                .run();
        if (!keepProcessors) {
            ctx.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
        }
        return ctx;
    }
}
