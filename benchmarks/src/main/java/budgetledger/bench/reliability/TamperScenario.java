package budgetledger.bench.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static budgetledger.bench.reliability.MainStore.TAMPER;

/**
 * {@code tamper}: six department-years, each with a few expenditures, sealed on demand by the administrator
 * ({@code POST /api/v1/audit/seals}) and exported ({@code seals --out}). {@code verify --seals} on the untouched store
 * must find nothing (no false alarm). Then, in plain SQL, one stream each: a payload edited without and with every
 * later hash recomputed, an event deleted and one inserted (both renumbered and rehashed: a clean chain), the tail cut
 * off; the sixth stays untouched. {@code verify --seals} must name each altered stream and not the untouched one.
 */
final class TamperScenario {
    private static final String S = "tamper";

    private TamperScenario() {
    }

    static AppProcess run(Reliability.Suite suite, AppProcess app) throws Exception {
        int vouchers = suite.quick() ? 5 : 40;
        for (String d : TAMPER) {
            for (int i = 1; i <= vouchers; i++) {
                require(Http.post(app.base(), Fixture.expenditurePath(d), suite.token(), null,
                        Fixture.expenditure(d + "-E" + i, "U-OFFICE", (1000 + i) + ".00")));
            }
            require(Http.post(app.base(), "/api/v1/audit/seals", suite.token(), null,
                    "{\"departmentId\":\"" + d + "\",\"year\":" + Fixture.YEAR + "}"));
        }
        Store store = suite.store();
        Path seals = suite.work().resolve("seals.json");
        Cli.Run export = Cli.run(suite.work(), suite.jdbcUrl(), "seals", "--out", seals.toString());
        if (export.exit() != 0) {
            throw new IllegalStateException("seals --out failed: " + export.output());
        }
        Cli.Run clean = Cli.run(suite.work(), suite.jdbcUrl(), "verify", "--seals", seals.toString());
        suite.figure(S, "verify --seals on the untouched store (no false alarm)", "exit " + clean.exit() + ", "
                + findings(clean.output()).size() + " findings; " + line(clean.output(), "seals checked"),
                clean.exit() == 0 && findings(clean.output()).isEmpty());

        Tampering t = new Tampering(store);
        int mid = vouchers / 2 + 1;
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("rel-t-edit", "payload edited (1,00x.00 → 9,00x.00), hashes left as they were");
        t.editPayload(stream("rel-t-edit"), seq(store, "rel-t-edit", mid), "\"" + (1000 + mid) + ".00\"", "\"" + (9000 + mid) + ".00\"", false);
        kinds.put("rel-t-rehash", "payload edited, every later hash recomputed (the chain verifies)");
        t.editPayload(stream("rel-t-rehash"), seq(store, "rel-t-rehash", mid), "\"" + (1000 + mid) + ".00\"", "\"" + (9000 + mid) + ".00\"", true);
        kinds.put("rel-t-delete", "an event deleted, the rest renumbered and rehashed");
        t.deleteEvent(stream("rel-t-delete"), seq(store, "rel-t-delete", mid));
        kinds.put("rel-t-insert", "an event inserted, the rest renumbered and rehashed");
        t.insertEvent(stream("rel-t-insert"), seq(store, "rel-t-insert", mid), "rel-t-insert-E" + (mid - 1), "rel-t-insert-FORGED");
        kinds.put("rel-t-truncate", "the tail cut off (the chain of what is left intact)");
        t.truncate(stream("rel-t-truncate"), seq(store, "rel-t-truncate", mid));

        Cli.Run chainsOnly = Cli.run(suite.work(), suite.jdbcUrl(), "verify", "--department", "rel-t-rehash");
        suite.measured(S, "plain verify of the rehashed stream (chain only, and the seals in the database)",
                "exit " + chainsOnly.exit() + "; " + line(chainsOnly.output(), "broken:") + "; " + findings(chainsOnly.output()));

        Cli.Run tampered = Cli.run(suite.work(), suite.jdbcUrl(), "verify", "--seals", seals.toString());
        List<String> found = findings(tampered.output());
        for (var kind : kinds.entrySet()) {
            // named by a seal, not only by the chain or the live views (which rebuild-views resets)
            List<String> bySeal = found.stream().filter(f -> f.startsWith("SEAL " + kind.getKey() + "/")).toList();
            long byChainOrViews = found.stream().filter(f -> f.startsWith("BROKEN " + kind.getKey() + "/")).count();
            suite.figure(S, kind.getValue(), (bySeal.isEmpty() ? "NOT named by a seal" : "named by the seal: " + bySeal.get(0))
                    + (byChainOrViews > 0 ? " (also by the chain or the live views)" : ""), !bySeal.isEmpty());
        }
        List<String> falseAlarms = found.stream().filter(f -> !kinds.keySet().stream().anyMatch(k -> f.contains(k + "/"))).toList();
        suite.figure(S, "findings on streams nobody touched (rel-t-untouched and every other)", falseAlarms.size()
                + (falseAlarms.isEmpty() ? "" : " " + falseAlarms), falseAlarms.isEmpty());
        suite.figure(S, "verify --seals exit status after tampering (must be 1)", tampered.exit() + (tampered.showsStackTrace()
                ? " (with a stack trace)" : ""), tampered.exit() == 1 && !tampered.showsStackTrace());
        return app;
    }

    private static String stream(String department) {
        return department + "/" + Fixture.YEAR;
    }

    private static long seq(Store store, String department, int voucher) throws Exception {
        return store.count("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = '" + stream(department)
                + "' AND convert_from(payload, 'UTF8')::jsonb ->> 'expenditureId' = '" + department + "-E" + voucher + "'");
    }

    /** The lines of verify's output that name a problem. */
    private static List<String> findings(String output) {
        List<String> out = new ArrayList<>();
        for (String l : output.split("\n")) {
            if (l.startsWith("SEAL ") || l.startsWith("BROKEN ")) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static String line(String output, String containing) {
        for (String l : output.split("\n")) {
            if (l.contains(containing)) {
                return l.strip();
            }
        }
        return "(no line with '" + containing + "')";
    }

    private static void require(Http.Answer a) {
        if (!a.ok()) {
            throw new IllegalStateException("setup request refused: " + a.status() + " " + a.body());
        }
    }
}
