package budgetledger.app.cli;

import budgetledger.app.LedgerApplication;
import budgetledger.app.config.RunningEmbedded;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The command-line side of the same jar: each command starts the application without its web server. */
@Command(name = "ledger-app", mixinStandardHelpOptions = true,
        description = "预算执行账本 budget-execution ledger. Without a command: run the server (same as 'serve').",
        subcommands = {ServeCommand.class, ImportCommand.class, ImportVouchersCommand.class, ImportBudgetCommand.class,
                ExportCommand.class, ExportEventsCommand.class, VerifyCommand.class, ReportCommand.class,
                RebuildViewsCommand.class, UserCommand.class, SealCommand.class, SealsCommand.class})
public class LedgerCli {
    /** The most connections a CLI command holds, whatever the cores: it runs beside a server and its pool. */
    static final int MAX_CLI_POOL = 8;

    /**
     * A command that records nothing (report, verify, user, seal, exports) starts only what it uses: beans are made
     * when first asked for, and the event processors subscribe instead of claiming segments and polling the store
     * (there is nothing for them to do). Measured on this machine, a {@code verify} took 24.8 s of CPU before and
     * 17.4 s after (docs/benchmarks.md, scenario cli). Flyway still migrates a fresh database first.
     */
    private static final String[] READ_ONLY_START = {"spring.main.lazy-initialization=true",
            "axon.eventhandling.processors.ledger-views.mode=subscribing",
            "axon.eventhandling.processors.ledger-seals.mode=subscribing"};
    private static volatile boolean debug;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on failure print the full stack trace and the application's warnings")
    void debug(boolean on) {
        debug = on;
    }

    public static int run(String[] args) {
        return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .execute(args);
    }

    /** The CLI as {@code main} runs it: an error no command handles is one Chinese line (CliFailure), exit 1. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        debug = false;
        CommandLine cli = new CommandLine(new LedgerCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(CliFailure.line(e));
            if (debug) {
                e.printStackTrace(line.getErr());
            }
            return 1;
        });
        return cli;
    }

    /**
     * A non-web application context for one CLI command. Streaming processors keep running only when the command
     * needs them ({@code keepProcessors}); otherwise they are stopped so a read-only command leaves no trace.
     */
    static ConfigurableApplicationContext context(boolean keepProcessors) {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LedgerApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // a failure is reported once, as one line (CliFailure); the log would repeat it with its stack
                .properties("spring.main.banner-mode=off", "logging.level.root=" + (debug ? "WARN" : "OFF"),
                        "logging.level.budgetledger=WARN", "ledger.log-target=System.err",
                        "ledger.embedded-publish=false")
                .properties(keepProcessors ? new String[0] : READ_ONLY_START)
                .initializers(c -> {
                    attachToRunningServer(c.getEnvironment());
                    ownPool(c.getEnvironment());
                    // lazy or not, the database is reached (and migrated) first: a database that does not answer
                    // fails the start at once, as one line, not later inside the processors' start
                    ((GenericApplicationContext) c).registerBean(LazyInitializationExcludeFilter.class,
                            () -> LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class));
                })
                .run();
        if (!keepProcessors) {
            ctx.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
        }
        return ctx;
    }

    /**
     * On the embedded default, a server already running on the same data directory holds its database's lock: the
     * command then uses that server's PostgreSQL (with a small pool) instead of starting its own.
     */
    private static void attachToRunningServer(ConfigurableEnvironment env) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("ledger.data-dir", "./data")).toAbsolutePath().normalize();
        RunningEmbedded.url(dataDir).ifPresent(url -> env.getPropertySources().addFirst(new MapPropertySource(
                "ledger-cli-attached", Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                "spring.datasource.password", ""))));
    }

    /**
     * A CLI command has a pool of its own size, not the server's: {@code ledger.cli.db-pool} (LEDGER_CLI_DB_POOL), by
     * default one connection per import lane plus two for the live-view workers, at most {@value #MAX_CLI_POOL} — so
     * a CLI run beside a server (or several) does not fill PostgreSQL's connections.
     */
    private static void ownPool(ConfigurableEnvironment env) {
        int configured = env.getProperty("ledger.cli.db-pool", Integer.class, 0);
        int lanes = env.getProperty("ledger.import.workers", Integer.class, 0);
        int size = configured > 0 ? configured
                : Math.min(MAX_CLI_POOL, (lanes > 0 ? lanes : Runtime.getRuntime().availableProcessors()) + 2);
        env.getPropertySources().addFirst(new MapPropertySource("ledger-cli-pool", Map.of(
                "spring.datasource.hikari.maximum-pool-size", size, "spring.datasource.hikari.minimum-idle", 1)));
    }
}
