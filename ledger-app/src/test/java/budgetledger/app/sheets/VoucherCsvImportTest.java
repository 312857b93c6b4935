package budgetledger.app.sheets;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static budgetledger.app.sheets.VoucherImportTest.refusals;
import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV as Chinese accounting systems export it (GB18030, or UTF-8 with a byte-order mark; quoted fields), lines named
 * by 功能科目 instead of 预算指标, a closed year, a mapping step for unknown headers remembered per department, and
 * files refused whole: too large, a zip bomb, a million empty rows.
 */
@TestPropertySource(properties = "ledger.limits.max-voucher-file=8MB")
class VoucherCsvImportTest extends PostgresIntegrationTest {
    static final String D = "vi-csv";
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String CSV = """
            日期,凭证号,摘要,功能科目,经济科目,金额,收款人,政府采购\r
            2024-03-01,记-1,"办公用品, 含""墨盒""
            第二行",2013201,30201,"12,345.60",益阳市某文具店,否\r
            2024年4月2日,记-2,差旅费,2013202,30211,800,张三,\r
            ,记-3,缺日期,2013201,30201,10.00,某单位,\r
            2025-01-02,记-4,跨年,2013201,30201,10.00,某单位,\r
            2024-05-01,记-5,无此科目,2019999,30201,10.00,某单位,\r
            2024-05-02,记-6,超支,2013202,30211,"9,999,999.00",某单位,是\r
            """;
    static final Map<Long, String> BAD = Map.of(4L, "MISSING_FIELD", 5L, "INVALID_DATE", 6L, "UNKNOWN_LINE",
            7L, "BUDGET_EXCEEDED");
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
            rec.appropriation(D, 2024, "F1", "100000.00");
            api.post(Recording.yearPath(D, 2024) + "/appropriations", body("lineId", "F2", "kind", "BASIC_PUBLIC",
                    "fundNature", "GENERAL_PUBLIC", "functionalCode", "2013202", "amount", "5000.00", "initial", true,
                    "businessDate", "2024-01-05")).expect(201);
            rec.year(D, 2023);
            rec.appropriation(D, 2023, "F1", "100.00");
            api.post(Recording.yearPath(D, 2023) + "/close", body("closingDate", "2023-12-31")).expect(201);
        }
    }

    @Test
    void gb18030CsvPreviewedRowByRowThenCommittedAndTheUtf8CopyFindsItImported() throws Exception {
        Path gb = dir.resolve("vouchers-gb.csv");
        Files.write(gb, CSV.getBytes(GB18030));
        assertThat(new String(Files.readAllBytes(gb), StandardCharsets.UTF_8)).as("really not UTF-8").contains("\uFFFD");

        JsonNode preview = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", gb, null).expect(200).json();
        assertThat(preview.path("rows").asLong()).isEqualTo(6);
        assertThat(refusals(preview)).isEqualTo(new java.util.TreeMap<>(BAD));
        assertThat(preview.path("refused").get(1).path("message").asText()).contains("业务日期不在该预算年度内");
        assertThat(executed(2024)).isEqualByComparingTo("0");

        JsonNode commit = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit&charset=GB18030", gb, null).expect(200).json();
        assertThat(commit.path("recorded").asLong()).isEqualTo(2);
        assertThat(executed(2024)).isEqualByComparingTo(new BigDecimal("12345.60").add(new BigDecimal("800")));
        assertThat(api.get(Recording.yearPath(D, 2024) + "/events?size=100").raw())
                .contains("办公用品, 含\\\"墨盒\\\"\\n第二行").contains("PZ-记-1");

        Path utf8 = dir.resolve("vouchers-bom.csv");
        try (OutputStream out = Files.newOutputStream(utf8)) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
        }
        JsonNode again = Upload.vouchers(port, OPERATOR, D, 2024, "mode=commit", utf8, null).expect(200).json();
        assertThat(again.path("duplicates").asLong()).isEqualTo(2);
        assertThat(again.path("recorded").asLong()).isZero();
        assertThat(refusals(again)).isEqualTo(new java.util.TreeMap<>(BAD));
    }

    @Test
    void aClosedYearRefusesEveryRow() throws Exception {
        Path gb = dir.resolve("closed.csv");
        Files.write(gb, CSV.replace("2024", "2023").getBytes(GB18030));
        JsonNode preview = Upload.vouchers(port, OPERATOR, D, 2023, "mode=preview", gb, null).expect(200).json();
        Map<Long, String> found = refusals(preview);
        assertThat(preview.path("accepted").asLong()).isZero();
        assertThat(found).hasSize(6);
        // 2023 has only the line of 2013201: the rows on it meet the closed year, the others find no line
        assertThat(found).containsEntry(2L, "YEAR_CLOSED").containsEntry(5L, "YEAR_CLOSED")
                .containsEntry(3L, "UNKNOWN_LINE").containsEntry(4L, "MISSING_FIELD");
    }

    @Test
    void unknownHeadersAskForAMappingWhichTheDepartmentKeeps() throws Exception {
        Path csv = dir.resolve("other-system.csv");
        Files.writeString(csv, "单据日期,单据号,科目,功能科目,金额\r\n2024-06-01,X-1,30201,2013201,5.00\r\n");
        Api.Response unknown = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", csv, null);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_COLUMNS");
        assertThat(unknown.json().path("detail").asText()).contains("日期").contains("凭证号").contains("经济科目");
        assertThat(unknown.json().path("headers").toString()).contains("单据号");

        String mapping = "{\"单据日期\":\"businessDate\",\"单据号\":\"voucherNo\",\"科目\":\"economicCode\"}";
        JsonNode mapped = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", csv, mapping).expect(200).json();
        assertThat(mapped.path("accepted").asLong()).isEqualTo(1);
        JsonNode remembered = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", csv, null).expect(200).json();
        assertThat(remembered.path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void anOversizeFileIsRefusedWith413BeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[9 << 20]);
        Api.Response refused = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", big, null);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(refused.json().path("detail").asText()).contains("超过").contains("上限");
    }

    @Test
    void aZipBombIsRefusedWith400() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        char[] spaces = new char[1 << 20];
        java.util.Arrays.fill(spaces, ' ');
        RawXlsx.write(bomb, out -> {
            for (int i = 0; i < 200; i++) {
                out.write(spaces); // 200 MB of nothing, some 200 KB compressed
            }
        });
        assertThat(Files.size(bomb)).isLessThan(8 << 20);
        Api.Response refused = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", bomb, null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("ZIP_BOMB");
        assertThat(refused.json().path("detail").asText()).contains("压缩炸弹");
    }

    @Test
    void aMillionEmptyRowsEndQuickly() throws Exception {
        Path xlsx = dir.resolve("empty-rows.xlsx");
        List<String> header = List.of("日期", "凭证号", "预算指标", "经济科目", "金额");
        RawXlsx.write(xlsx, out -> {
            out.write(RawXlsx.row(1, header));
            out.write(RawXlsx.row(2, List.of("2024-07-01", "E-1", "F1", "30201", "1.00")));
            for (long r = 3; r <= 1_000_002; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" s=\"0\"/></row>");
            }
        });
        long start = System.nanoTime();
        JsonNode answer = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", xlsx, null).expect(200).json();
        assertThat(answer.path("rows").asLong()).isEqualTo(1);
        assertThat(answer.path("accepted").asLong()).isEqualTo(1);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);

        Path csv = dir.resolve("empty-rows.csv");
        Files.writeString(csv, String.join(",", header) + "\r\n2024-07-01,E-2,F1,30201,1.00\r\n" + ",,,,\r\n".repeat(500_000));
        JsonNode csvAnswer = Upload.vouchers(port, OPERATOR, D, 2024, "mode=preview", csv, null).expect(200).json();
        assertThat(csvAnswer.path("rows").asLong()).isEqualTo(1);
    }

    private BigDecimal executed(int year) {
        return new BigDecimal(api.get(Recording.yearPath(D, year) + "/figures").json()
                .path("figures").path("expenditure.total").asText("0"));
    }
}
