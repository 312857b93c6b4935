package budgetledger.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The department-years of the shared database, one set per scenario so that their figures never mix. */
final class MainStore {
    static final String HOT = "rel-hot";
    static final List<String> HOT_LINES = List.of("H1", "H2", "H3", "H4");
    static final int HOT_THREADS = 32;
    static final String IDEMPOTENCY = "rel-idem";
    static final String HOSTILE = "rel-hostile";
    static final List<String> LOAD = List.of("rel-load-0", "rel-load-1", "rel-load-2", "rel-load-3");
    static final List<String> TAMPER = List.of("rel-t-edit", "rel-t-rehash", "rel-t-delete", "rel-t-insert",
            "rel-t-truncate", "rel-t-untouched");
    static final String BIG = "1000000000.00";

    private MainStore() {
    }

    /** Expenditures each hot thread sends: 250 (quick: 40), each of 100.00. */
    static int hotPerThread(boolean quick) {
        return quick ? 40 : 250;
    }

    /** Each hot line holds half of what is sent to it, so every line runs out midway. */
    static String hotLineAmount(boolean quick) {
        long sentPerLine = (long) HOT_THREADS * hotPerThread(quick) / HOT_LINES.size();
        return (sentPerLine / 2 * 100) + ".00";
    }

    static List<Fixture.Department> departments(boolean quick) {
        List<Fixture.Department> all = new ArrayList<>();
        Map<String, String> hot = new java.util.LinkedHashMap<>();
        HOT_LINES.forEach(l -> hot.put(l, hotLineAmount(quick)));
        all.add(new Fixture.Department(HOT, hot));
        all.add(new Fixture.Department(IDEMPOTENCY, Map.of("U-OFFICE", BIG)));
        // the hostile inputs' department: line L of 1,000.00 as hostile-inputs.tsv expects (E0 is recorded over HTTP)
        all.add(new Fixture.Department(HOSTILE, Map.of("L", "1000.00", "U-OFFICE", BIG)));
        LOAD.forEach(d -> all.add(new Fixture.Department(d, Map.of("U-OFFICE", BIG))));
        TAMPER.forEach(d -> all.add(new Fixture.Department(d, Map.of("U-OFFICE", BIG))));
        return all;
    }
}
