package budgetledger.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start a PostgreSQL of our own whose
 * data persists in {@code ledger.data-dir} (default {@code ./data}), so {@code java -jar ledger-app.jar} works on
 * a machine with nothing set up — on the same Flyway schema as a real server.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedPostgresBootstrap implements DisposableBean {
    private static final long CLOSE_WAIT_SECONDS = 30;
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static EmbeddedPostgres embedded;
    private static Path published;
    /** Whether this application started the database (a command beside a server in the same JVM, as in tests, did not). */
    private boolean started;

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(DataSourceProperties properties, @Value("${ledger.data-dir:./data}") String dataDir,
                                       @Value("${ledger.embedded-port:0}") int port,
                                       @Value("${ledger.embedded-publish:true}") boolean publish) {
        if (!StringUtils.hasText(properties.getUrl())) {
            int actualPort = start(Path.of(dataDir).toAbsolutePath().normalize(), port, publish);
            started = true;
            properties.setUrl(RunningEmbedded.url(actualPort));
            properties.setUsername("postgres");
            properties.setPassword("");
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * {@code publish}: the server leaves a note of the port for CLI commands run beside it (RunningEmbedded); a CLI
     * command that starts the instance itself does not, since it stops the instance again when it ends.
     */
    private static synchronized int start(Path dataDir, int port, boolean publish) {
        if (embedded == null) {
            try {
                Files.createDirectories(dataDir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("pg"))
                        .setCleanDataDirectory(false)
                        // its own hook stopped the database the moment the JVM was asked to stop, while the
                        // application was still shutting down on it: dozens of "Failed to validate connection"
                        // warnings and a timed-out shutdown phase (issue 15). Ours waits for the application.
                        .setRegisterShutdownHook(false);
                if (port > 0) {
                    builder.setPort(port);
                }
                embedded = builder.start();
                if (publish) {
                    RunningEmbedded.write(dataDir, embedded.getPort());
                    published = dataDir;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresBootstrap::stopAfterTheApplication,
                        "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("嵌入式 PostgreSQL 启动失败（数据目录 " + dataDir + "）", e);
            }
        }
        return embedded.getPort();
    }

    /** Closing the application (after its data source: the product of this factory) stops the database it started. */
    @Override
    public void destroy() {
        if (started) {
            stop();
        }
    }

    /**
     * At JVM exit: the application's own close (destroy, run by Spring's shutdown hook at the same time) stops the
     * database after its processors and pool are done; this only waits for that, and stops the database itself if
     * the application never closes within {@link #CLOSE_WAIT_SECONDS}.
     */
    private static void stopAfterTheApplication() {
        try {
            STOPPED.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    private static synchronized void stop() {
        if (published != null) {
            RunningEmbedded.remove(published);
            published = null;
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // shutting down anyway
            }
            embedded = null;
        }
        STOPPED.countDown();
    }
}
