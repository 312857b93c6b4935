package budgetledger.app.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start a PostgreSQL of our own whose
 * data persists in {@code ledger.data-dir} (default {@code ./data}), so {@code java -jar ledger-app.jar} works on
 * a machine with nothing set up — and runs on the same Flyway schema as a real server.
 */
public class EmbeddedPostgresBootstrap implements EnvironmentPostProcessor {
    private static EmbeddedPostgres embedded;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("ledger.data-dir", "./data")).toAbsolutePath().normalize();
        int port = start(dataDir, env.getProperty("ledger.embedded-port", Integer.class, 0));
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    private static synchronized int start(Path dataDir, int port) {
        if (embedded == null) {
            try {
                Files.createDirectories(dataDir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("pg"))
                        .setCleanDataDirectory(false);
                if (port > 0) {
                    builder.setPort(port);
                }
                embedded = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresBootstrap::stop));
            } catch (IOException e) {
                throw new UncheckedIOException("嵌入式 PostgreSQL 启动失败（数据目录 " + dataDir + "）", e);
            }
        }
        return embedded.getPort();
    }

    private static synchronized void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // shutting down anyway
            }
            embedded = null;
        }
    }
}
