package budgetledger.app.sheets;

import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated 10,000-row XLSX through preview, commit and a second import: the preview names every bad row with its
 * reason and writes nothing; the commit records exactly the good rows; the same file again records nothing; a changed
 * row under a known voucher number is reported, not doubled.
 */
@TestPropertySource(properties = "ledger.limits.max-voucher-file=4MB")
class VoucherImportTest extends PostgresIntegrationTest {
    static final String D = "vi-xlsx";
    @LocalServerPort
    int port;
    @TempDir
    Path dir;
    Api api;

    @BeforeEach
    void ledger() {
        api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            Recording rec = new Recording(api);
            rec.ledger(D, 2024);
            rec.appropriation(D, 2024, "L-BIG", "10000000.00");
            rec.appropriation(D, 2024, "L-SMALL", "1000.00");
            TestUsers.at(port).create("vi-reviewer", "reviewer-password-1", TestUsers.roles(Role.REVIEWER), List.of(D));
        }
    }

    @Test
    void tenThousandRowsPreviewedCommittedAndReimportedWithoutDoubling() throws Exception {
        VoucherSheetFixture sheet = VoucherSheetFixture.generate(10_000);
        Path xlsx = dir.resolve("vouchers.xlsx");
        sheet.writeXlsx(xlsx);

        JsonNode preview = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", xlsx, null).expect(200).json();
        assertThat(preview.path("rows").asLong()).isEqualTo(10_000);
        assertThat(refusals(preview)).isEqualTo(sheet.expectedRefusals());
        assertThat(preview.path("accepted").asLong()).isEqualTo(sheet.expectedAccepted());
        assertThat(preview.path("duplicates").asLong()).isEqualTo(1);
        assertThat(preview.path("refused").get(0).path("message").asText()).isNotBlank();
        assertThat(executed()).as("a preview writes nothing").isEqualByComparingTo("0");

        JsonNode commit = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit", xlsx, null).expect(200).json();
        assertThat(refusals(commit)).isEqualTo(sheet.expectedRefusals());
        assertThat(commit.path("recorded").asLong()).isEqualTo(sheet.expectedAccepted());
        assertThat(executed()).isEqualByComparingTo(sheet.expectedTotal());
        long events = eventCount();

        JsonNode again = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit", xlsx, null).expect(200).json();
        assertThat(again.path("recorded").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(sheet.expectedAccepted() + 1);
        assertThat(refusals(again)).isEqualTo(sheet.expectedRefusals());
        assertThat(executed()).isEqualByComparingTo(sheet.expectedTotal());
        assertThat(eventCount()).isEqualTo(events);

        // row 102 (voucher 记-100) changed after it was imported: reported under its voucher number, nothing doubled
        VoucherSheetFixture.Voucher original = sheet.rows.get(100);
        original.cells().set(5, new BigDecimal("1.00"));
        sheet.writeXlsx(xlsx);
        JsonNode changed = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit", xlsx, null).expect(200).json();
        Map<Long, String> expected = new LinkedHashMap<>(sheet.expectedRefusals());
        expected.put(102L, "VOUCHER_CHANGED");
        assertThat(refusals(changed)).isEqualTo(new java.util.TreeMap<>(expected));
        JsonNode row102 = find(changed, 102);
        assertThat(row102.path("voucherNo").asText()).isEqualTo("记-100");
        assertThat(row102.path("message").asText()).startsWith("凭证号已存在但内容不同");
        assertThat(executed()).isEqualByComparingTo(sheet.expectedTotal());
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsRefused() throws Exception {
        VoucherSheetFixture sheet = VoucherSheetFixture.generate(100);
        Path xlsx = dir.resolve("aon.xlsx");
        List<Object> first = sheet.rows.get(0).cells();
        first.set(1, "AON-1");
        sheet.rows.subList(1, sheet.rows.size()).clear();
        sheet.rows.add(new VoucherSheetFixture.Voucher(new java.util.ArrayList<>(List.of("2024-05-01", "AON-2", "", "L-NONE",
                "30201", "10.00", "", "", "", "")), "UNKNOWN_LINE", null));
        sheet.writeXlsx(xlsx);
        BigDecimal before = executed();
        JsonNode answer = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit&allOrNothing=true", xlsx, null)
                .expect(200).json();
        assertThat(answer.path("accepted").asLong()).isEqualTo(1);
        assertThat(answer.path("recorded").asLong()).isZero();
        assertThat(answer.path("committed").asBoolean()).isFalse();
        assertThat(refusals(answer)).containsExactly(Map.entry(3L, "UNKNOWN_LINE"));
        assertThat(executed()).isEqualByComparingTo(before);
    }

    @Test
    void aUserWithoutTheRecorderRoleImportsNothing() throws Exception {
        Path xlsx = dir.resolve("r.xlsx");
        VoucherSheetFixture.generate(3).writeXlsx(xlsx);
        Api.Response refused = Upload.vouchers(port, "vi-reviewer", D, 2024, "mode=preview", xlsx, null);
        assertThat(refused.status()).isEqualTo(403);
    }

    static Map<Long, String> refusals(JsonNode answer) {
        Map<Long, String> found = new java.util.TreeMap<>();
        answer.path("refused").forEach(r -> found.put(r.path("row").asLong(), r.path("code").asText()));
        return found;
    }

    static JsonNode find(JsonNode answer, long row) {
        for (JsonNode r : answer.path("refused")) {
            if (r.path("row").asLong() == row) {
                return r;
            }
        }
        throw new AssertionError("no finding for row " + row + " in " + answer);
    }

    private BigDecimal executed() {
        return new BigDecimal(api.get("/api/v1/departments/" + D + "/years/2024/figures").json()
                .path("figures").path("expenditure.total").asText("0"));
    }

    private long eventCount() {
        return api.get("/api/v1/departments/" + D + "/years/2024/events?size=1").json().path("total").asLong();
    }
}
