package budgetledger.bench;

import budgetledger.app.LedgerApplication;
import budgetledger.app.figures.LiveViewProjector;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/** The ledger itself, started in this process on a benchmark database: exactly the application the jar runs. */
public final class LedgerApp implements AutoCloseable {
    final ConfigurableApplicationContext ctx;

    private LedgerApp(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
    }

    static LedgerApp start(String db, boolean web, String... extraProperties) {
        return startAt(BenchDb.url(db), web, extraProperties);
    }

    /**
     * The ledger on the database at {@code jdbcUrl}. An extra property replaces the default of the same name (the
     * reliability suite keeps the pool small: it shares the server with other work).
     */
    public static LedgerApp startAt(String jdbcUrl, boolean web, String... extraProperties) {
        List<String> props = new ArrayList<>(List.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + BenchDb.USER,
                "spring.datasource.password=" + BenchDb.PASSWORD,
                "server.port=0",
                // the pool every result in docs/benchmarks.md was measured with: 16 clients never wait for one
                "spring.datasource.hikari.maximum-pool-size=32",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "logging.level.budgetledger=WARN"));
        for (String extra : extraProperties) {
            String key = extra.substring(0, extra.indexOf('=') + 1);
            props.removeIf(p -> p.startsWith(key));
            props.add(extra);
        }
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LedgerApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(false)
                // as command-line arguments: they must win over application.yml's ${SPRING_DATASOURCE_URL:}
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new));
        return new LedgerApp(ctx);
    }

    public <T> T bean(Class<T> type) {
        return ctx.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    public JdbcTemplate jdbc() {
        return ctx.getBean(JdbcTemplate.class);
    }

    StreamingEventProcessor views() {
        return ctx.getBean(EventProcessingConfiguration.class)
                .eventProcessor(LiveViewProjector.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
    }

    long head() {
        var token = ctx.getBean(EventStore.class).createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** The lowest position any segment of the live-view processor has reached. */
    long viewsPosition() {
        return views().processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    /**
     * Every segment has processed up to {@code head}. Not "no longer replaying": Axon ends a segment's replay only when
     * it handles an event newer than the reset, which on an idle store never comes.
     */
    boolean viewsCaughtUp(long head) {
        var status = views().processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }

    /** Waits until the live views have folded everything up to the store's head; returns the seconds waited. */
    public double awaitViews(long timeoutSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long head = head();
        while (!viewsCaughtUp(head)) {
            if (System.nanoTime() - start > timeoutSeconds * 1_000_000_000L) {
                throw new IllegalStateException("live views did not catch up within " + timeoutSeconds + " s (at "
                        + viewsPosition() + " of " + head + ")");
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The import's lanes as the ledger sizes them ({@code ledger.import.workers}; 0, the default, is one lane per core
     * as the JVM counts cores).
     */
    int importLanes() {
        int workers = ctx.getEnvironment().getProperty("ledger.import.workers", Integer.class, 0);
        return workers > 0 ? workers : Cpu.cores();
    }

    /** The live-view processor's worker threads, as configured. */
    int viewThreads() {
        return ctx.getEnvironment().getProperty("axon.eventhandling.processors." + LiveViewProjector.PROCESSOR
                + ".thread-count", Integer.class, 1);
    }

    /** The live-view processor's segments, as claimed now. */
    int viewSegments() {
        return views().processingStatus().size();
    }

    long events() {
        Long n = jdbc().queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public void close() {
        ctx.close();
    }
}
