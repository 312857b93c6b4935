package budgetledger.app.ledger;

import budgetledger.app.LedgerApplication;
import budgetledger.app.support.Api;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestDatabase;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static budgetledger.app.support.Recording.expenditureBody;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: each caches the department-years it
 * served, so each in turn holds a stale year. Alternating and concurrent writes never answer 5xx, every accepted write
 * is stored exactly once, an idempotency key holds across the instances, a refusal decided on a stale year is decided
 * again on the fresh one, and the live-view processor's segments are owned by one instance at a time and taken over
 * by the other when the first stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {
    private static final String Y = yearPath("twin", 2024);
    private static String dbUrl;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        dbUrl = TestDatabase.create("ledger_twin");
        first = instance("instance-a");
        second = instance("instance-b");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[]{first, second}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
        TestDatabase.drop(dbUrl);
    }

    private static ConfigurableApplicationContext instance(String nodeId) {
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--spring.datasource.hikari.minimum-idle=1",
                "--server.port=0",
                "--ledger.node-id=" + nodeId);
    }

    @Test
    @Order(1)
    void writesThroughEitherInstanceAreStoredOnceAndNeverAnswer5xx() throws Exception {
        Api a = new Api(TestUsers.register(first));
        Api b = new Api(TestUsers.register(second));
        Recording rec = new Recording(a);
        rec.ledger("twin", 2024);
        rec.appropriation("twin", 2024, "L1", "100000.00");
        List<String> accepted = new ArrayList<>();

        for (int i = 0; i < 30; i++) {
            Api api = i % 2 == 0 ? a : b;
            String id = "E-" + i;
            assertThat(api.post(Y + "/expenditures", expenditureBody(2024, id, "L1", "1.00"), "key-" + i).status())
                    .as("alternating write %d", i).isEqualTo(201);
            accepted.add(id);
        }
        // the same key through the other instance: the first outcome, nothing new
        for (int i = 0; i < 4; i++) {
            Api other = i % 2 == 0 ? b : a;
            Api.Response again = other.post(Y + "/expenditures", expenditureBody(2024, "E-" + i, "L1", "1.00"), "key-" + i);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("repeated").asBoolean()).isTrue();
        }
        // both instances now cache the year; a line appropriated through one is usable through the other at once
        a.post(Y + "/appropriations", Recording.appropriationBody(2024, "L2", "50.00")).expect(201);
        assertThat(b.post(Y + "/expenditures", expenditureBody(2024, "F-1", "L2", "50.00")).status())
                .as("decided again on the fresh year, not refused on the stale one").isEqualTo(201);
        accepted.add("F-1");
        assertThat(a.post(Y + "/expenditures", expenditureBody(2024, "F-2", "L2", "0.01")).code())
                .isEqualTo("BUDGET_EXCEEDED");

        accepted.addAll(concurrently(a, b));
        assertThat(storedExpenditures()).as("every accepted write stored exactly once")
                .containsExactlyInAnyOrderElementsOf(accepted);
        Sql.awaitViews(dbUrl, List.of("twin/2024"));
    }

    /** Four clients, two per instance, on the same year at once: each write accepted or 409, never 5xx. */
    private List<String> concurrently(Api a, Api b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new HashMap<>());
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Api api = t % 2 == 0 ? a : b;
            int client = t;
            clients.add(pool.submit(() -> {
                for (int n = 0; n < 15; n++) {
                    String id = "C" + client + "-" + n;
                    Api.Response r = api.post(Y + "/expenditures", expenditureBody(2024, id, "L1", "1.00"));
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (r.status() == 201) {
                        accepted.add(id);
                    } else {
                        assertThat(r.code()).as(r.raw()).isEqualTo("CONCURRENT_MODIFICATION");
                    }
                }
                return null;
            }));
        }
        for (Future<?> c : clients) {
            c.get();
        }
        pool.shutdown();
        assertThat(statuses.keySet()).as("answers to concurrent writes: %s", statuses).allMatch(s -> s == 201 || s == 409);
        System.out.println("two instances, 4 concurrent clients on one year: answers " + statuses);
        // a loose bound only (on this machine all 60 got through): that a clash is retried is proven by the
        // alternating writes above; here what counts is 201 or 409, never 5xx, and each accepted write stored once
        assertThat(statuses.getOrDefault(201, 0)).as("concurrent writes that got through").isGreaterThan(15);
        return accepted;
    }

    @Test
    @Order(2) // stops the first instance
    void theLiveViewSegmentsHaveOneOwnerAtATimeAndMoveWhenItStops() throws Exception {
        Api b = new Api(TestUsers.register(second));
        new Recording(new Api(TestUsers.register(first))).ledger("seg", 2024);
        Sql.awaitViews(dbUrl, List.of("seg/2024"));
        Map<Integer, String> owners = owners();
        assertThat(owners).hasSize(8);
        assertThat(owners.values()).allMatch(o -> o.equals("instance-a") || o.equals("instance-b"));

        first.close();
        new Recording(b).appropriation("seg", 2024, "L1", "10.00");
        Sql.awaitViews(dbUrl, List.of("seg/2024"));
        assertThat(owners().values()).as("after instance-a stopped").containsOnly("instance-b");
    }

    private static Map<Integer, String> owners() throws SQLException {
        Map<Integer, String> owners = new HashMap<>();
        try (Connection c = TestDatabase.connect(dbUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT segment, owner FROM tokenentry WHERE processorname = 'ledger-views'")) {
            while (rs.next()) {
                owners.put(rs.getInt(1), rs.getString(2));
            }
        }
        return owners;
    }

    private static List<String> storedExpenditures() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connect(dbUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT convert_from(payload, 'UTF8')::json ->> 'expenditureId' "
                     + "FROM domainevententry WHERE aggregateidentifier = 'twin/2024' "
                     + "AND payloadtype LIKE '%ExpenditureRecorded'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
