package budgetledger.app.metrics;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's Prometheus scrapes at {@code /actuator/prometheus}: commands by type and outcome (accepted or
 * the refusal's code) with their latency, events appended, the live-view processor's lag — and not the per-filter
 * timers of Spring Security, which cost a seventh of an API command's CPU and which nothing reads.
 */
@AutoConfigureObservability(tracing = false) // Spring Boot's tests leave the Prometheus registry out unless asked
class MetricsTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;

    @Test
    void prometheusCountsCommandsByOutcomeEventsAppendedAndProcessorLag() throws Exception {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger("metrics", 2024);
        rec.appropriation("metrics", 2024, "L1", "100.00");
        rec.expenditure("metrics", 2024, "E1", "L1", "10.00");
        rec.expenditure("metrics", 2024, "E2", "L1", "10.00");
        assertThat(api.post(Recording.yearPath("metrics", 2024) + "/expenditures",
                Recording.expenditureBody(2024, "E3", "L1", "1000.00")).code()).isEqualTo("BUDGET_EXCEEDED");
        Sql.awaitViews(dbUrl, List.of("metrics/2024"));

        // the lag is sampled every few seconds, from the first sample that finds the processor running (each processor
        // on its own: the seals processor may be sampled before the views')
        String text = scrape();
        for (long deadline = System.nanoTime() + 20_000_000_000L;
             !VIEWS_LAG.matcher(text).find() && System.nanoTime() < deadline; text = scrape()) {
            Thread.sleep(200);
        }

        assertThat(sample(text, "ledger_commands_seconds_count", "command=\"RecordExpenditure\"", "outcome=\"accepted\""))
                .isEqualTo(2);
        assertThat(sample(text, "ledger_commands_seconds_count", "command=\"RecordExpenditure\"",
                "outcome=\"BUDGET_EXCEEDED\"")).isEqualTo(1);
        assertThat(sample(text, "ledger_commands_seconds_bucket", "command=\"RecordExpenditure\"",
                "outcome=\"accepted\"", "le=\"+Inf\"")).isEqualTo(2);
        assertThat(sample(text, "ledger_events_appended_total", "ExpenditureRecorded")).isEqualTo(2);
        assertThat(sample(text, "ledger_processor_lag_events", "processor=\"ledger-views\"")).isGreaterThanOrEqualTo(0);
        assertThat(text).contains("http_server_requests_seconds_count").doesNotContain("spring_security_filterchains");
    }

    private static final Pattern VIEWS_LAG =
            Pattern.compile("(?m)^ledger_processor_lag_events\\{[^}]*processor=\"ledger-views\"");

    /** As Prometheus asks: plain text, with an administrator's token. */
    private String scrape() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + TestUsers.at(port).token(TestUsers.OPERATOR))
                .header("Accept", "text/plain").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of the one sample of {@code metric} whose labels contain every fragment. */
    private static double sample(String text, String metric, String... labelFragments) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)} (\\S+)$").matcher(text);
        double found = Double.NaN;
        int matches = 0;
        while (m.find()) {
            String labels = m.group(1);
            if (List.of(labelFragments).stream().allMatch(labels::contains)) {
                found = Double.parseDouble(m.group(2));
                matches++;
            }
        }
        assertThat(matches).as("samples of %s with %s", metric, List.of(labelFragments)).isEqualTo(1);
        return found;
    }
}
