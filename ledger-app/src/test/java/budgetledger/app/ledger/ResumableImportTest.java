package budgetledger.app.ledger;

import budgetledger.app.audit.AuditService;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static budgetledger.app.ledger.ImportTest.STREAM;
import static budgetledger.app.ledger.ImportTest.expenditure;
import static budgetledger.app.ledger.ImportTest.opening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An interrupted import run again on the same file continues where it stopped (issue 14): the lines the first run
 * applied are skipped and counted — never sent again, so never doubled and never refused as already there — the lines
 * it refused are reported as refused then, and the rest is applied, ending exactly as one uninterrupted import.
 */
class ResumableImportTest extends PostgresIntegrationTest {
    @Autowired
    Importer importer;
    @Autowired
    AuditService audit;
    @TempDir
    Path dir;

    /**
     * Two departments' histories interleaved: 6 opening lines, then 40 expenditures of 20.00 alternating between the
     * two, with one refused line (line 17: more than the line's 1000.00) and, in department b, the expenditure
     * {@code marker} at line 32.
     */
    private static List<String> history(String prefix, String marker) {
        List<String> lines = new ArrayList<>(opening(prefix + "-a"));
        lines.addAll(opening(prefix + "-b"));
        for (int i = 0; i < 40; i++) {
            String d = prefix + (i % 2 == 0 ? "-a" : "-b");
            String id = lines.size() + 1 == 32 ? marker : "E" + i;
            String amount = lines.size() + 1 == 17 ? "5000.00" : "20.00";
            lines.add(expenditure(d, id, amount, "30201", "王五",
                    Instant.parse("2024-03-01T00:00:00Z").plusSeconds(60L * i).toString()));
        }
        return lines;
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private long storedEvents(String prefix) {
        return Sql.count(dbUrl, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?, ?, ?)",
                prefix + "-a", prefix + "-a/2024", prefix + "-b", prefix + "-b/2024");
    }

    @Test
    void anImportThatCrashedMidwayContinuesFromWhereItStoppedOnTheSameFile() throws IOException {
        Path file = write("crash.jsonl", history("crash", "BOOM-1"));
        // the store fails on line 32's event, as a crash would end the import there: nothing after it is committed
        Sql.inTransaction(dbUrl, "CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF convert_from(NEW.payload, "
                        + "'UTF8') LIKE '%BOOM-1%' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ "
                        + "LANGUAGE plpgsql",
                "CREATE TRIGGER boom BEFORE INSERT ON domainevententry FOR EACH ROW EXECUTE FUNCTION boom()");
        assertThatThrownBy(() -> importer.importFile(file, "admin-test", false, new PrintWriter(new StringWriter())))
                .isInstanceOf(RuntimeException.class);
        Sql.inTransaction(dbUrl, "DROP TRIGGER boom ON domainevententry", "DROP FUNCTION boom()");
        long appliedBeforeCrash = storedEvents("crash");
        assertThat(appliedBeforeCrash).as("the openings and b's lines before 32 at least").isGreaterThanOrEqualTo(6 + 12)
                .isLessThan(45);
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') "
                + "LIKE '%BOOM-1%'")).isZero();

        StringWriter err = new StringWriter();
        Importer.Result again = importer.importFile(file, "admin-test", false, new PrintWriter(err, true));

        // each line applied before the crash is skipped, not sent: none is refused as already there, none doubled
        assertThat(again.skipped()).isEqualTo(appliedBeforeCrash);
        assertThat(again.applied() + again.skipped()).isEqualTo(46 - 1);
        assertThat(again.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .containsExactly(tuple(17L, "BUDGET_EXCEEDED"));
        assertThat(storedEvents("crash")).isEqualTo(45);
        assertEndsAsOneUninterruptedImport("crash");

        // a third run finds everything done
        Importer.Result third = importer.importFile(file, "admin-test", false, new PrintWriter(new StringWriter()));
        assertThat(third.applied()).isZero();
        assertThat(third.skipped()).isEqualTo(45);
        assertThat(third.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::earlier)
                .containsExactly(tuple(17L, true));
        assertThat(storedEvents("crash")).isEqualTo(45);
    }

    @Test
    void theWholeFileContinuesAnImportOfACopyCutShortMidLine() throws IOException {
        List<String> all = history("cut", "E-marker");
        String cutLine = all.get(24);
        List<String> cut = new ArrayList<>(all.subList(0, 24));
        cut.add(cutLine.substring(0, cutLine.length() / 2));                                    // line 25, cut mid-line
        Importer.Result first = importer.importFile(write("cut-part.jsonl", cut), "admin-test", false,
                new PrintWriter(new StringWriter()));
        assertThat(first.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::code)
                .containsExactly(tuple(17L, "BUDGET_EXCEEDED"), tuple(25L, "INVALID_REQUEST"));
        assertThat(first.applied()).isEqualTo(23);

        StringWriter err = new StringWriter();
        Importer.Result whole = importer.importFile(write("cut-whole.jsonl", all), "admin-test", false,
                new PrintWriter(err, true));

        assertThat(whole.skipped()).isEqualTo(23);
        assertThat(whole.applied()).as("line 25, whole now, and everything after it").isEqualTo(46 - 1 - 23);
        assertThat(whole.rejected()).extracting(Importer.Rejection::line, Importer.Rejection::earlier)
                .containsExactly(tuple(17L, true));
        assertThat(err.toString()).contains("第 17 行被拒绝（上次导入时） [BUDGET_EXCEEDED]");
        assertEndsAsOneUninterruptedImport("cut");

        // another file that merely shares a few first lines continues nothing
        List<String> other = new ArrayList<>(all.subList(0, 2));
        other.add(expenditure("cut-a", "OTHER", "1.00", "30201", "王五", "2024-06-01T00:00:00Z"));
        Importer.Result otherRun = importer.importFile(write("other.jsonl", other), "admin-test", false,
                new PrintWriter(new StringWriter()));
        assertThat(otherRun.skipped()).isZero();
        assertThat(otherRun.rejected()).extracting(Importer.Rejection::code)
                .containsExactly("DEPARTMENT_EXISTS", "YEAR_ALREADY_OPEN");
        assertThat(otherRun.applied()).isEqualTo(1);
    }

    @Test
    void refusalsArePrintedSortedByLineThoughTheLanesMeetThemOutOfOrder() throws IOException {
        List<String> lines = new ArrayList<>(opening("sorted-a"));
        lines.addAll(opening("sorted-b"));
        for (int i = 0; i < 30; i++) {
            // every third line is refused (over the line's budget), alternating between the departments' lanes
            lines.add(expenditure(i % 2 == 0 ? "sorted-a" : "sorted-b", "S" + i, i % 3 == 0 ? "2000.00" : "1.00",
                    "30201", "王五", Instant.parse("2024-03-01T00:00:00Z").plusSeconds(60L * i).toString()));
        }
        StringWriter err = new StringWriter();
        Importer.Result result = importer.importFile(write("sorted.jsonl", lines), "admin-test", false,
                new PrintWriter(err, true));

        assertThat(result.rejected()).hasSize(10);
        List<Long> printed = new ArrayList<>();
        Matcher m = Pattern.compile("第 (\\d+) 行被拒绝").matcher(err.toString());
        while (m.find()) {
            printed.add(Long.parseLong(m.group(1)));
        }
        assertThat(printed).hasSize(10).isSorted();
        assertThat(printed).isEqualTo(result.rejected().stream().map(Importer.Rejection::line).toList());
    }

    /** The same file imported once, under other department names: the streams must be the same, event for event. */
    private void assertEndsAsOneUninterruptedImport(String prefix) throws IOException {
        String clean = prefix + "-clean";
        List<String> lines = history(clean, prefix.equals("crash") ? "BOOM-1" : "E-marker");
        Importer.Result once = importer.importFile(write(clean + ".jsonl", lines), "admin-test", false,
                new PrintWriter(new StringWriter()));
        assertThat(once.skipped()).isZero();
        for (String stream : List.of("-a", "-b", "-a/2024", "-b/2024")) {
            assertThat(Sql.string(dbUrl, STREAM, prefix + stream).replace(prefix + "-", "X-"))
                    .isEqualTo(Sql.string(dbUrl, STREAM, clean + stream).replace(clean + "-", "X-"));
        }
        assertThat(audit.verify(prefix + "-a", null).ok()).isTrue();
        assertThat(audit.verify(prefix + "-b", null).ok()).isTrue();
    }
}
