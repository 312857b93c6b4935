package budgetledger.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start a PostgreSQL of our own whose
 * data persists in {@code ledger.data-dir} (default {@code ./data}), so {@code java -jar ledger-app.jar} works on
 * a machine with nothing set up — on the same Flyway schema as a real server.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedPostgresBootstrap {
    private static EmbeddedPostgres embedded;

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(DataSourceProperties properties, @Value("${ledger.data-dir:./data}") String dataDir,
                                       @Value("${ledger.embedded-port:0}") int port) {
        if (!StringUtils.hasText(properties.getUrl())) {
            int actualPort = start(Path.of(dataDir).toAbsolutePath().normalize(), port);
            properties.setUrl("jdbc:postgresql://127.0.0.1:" + actualPort + "/postgres");
            properties.setUsername("postgres");
            properties.setPassword("");
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
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
