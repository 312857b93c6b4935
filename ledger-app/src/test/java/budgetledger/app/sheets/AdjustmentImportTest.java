package budgetledger.app.sheets;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static budgetledger.app.sheets.VoucherImportTest.find;
import static budgetledger.app.sheets.VoucherImportTest.refusals;
import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.TestUsers.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adjustment document (追加 / 追减 / 调剂 under a 文号) from a spreadsheet: the preview names each bad row, the commit
 * makes each good row a pending proposal that changes no line, importing it again proposes nothing twice, a changed
 * row is reported — and a different approver approves a proposal, which then changes the line.
 */
class AdjustmentImportTest extends PostgresIntegrationTest {
    static final String D = "ai-doc";
    static final List<String> HEADERS = List.of("文号", "调整类型", "预算指标", "调入指标", "金额", "日期", "摘要");
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    @Test
    void aDocumentBecomesProposalsThatAnApproverApproves() throws Exception {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(D, 2024);
        rec.appropriation(D, 2024, "A1", "5000.00");
        rec.appropriation(D, 2024, "A2", "1000.00");
        rec.expenditure(D, 2024, "E1", "A2", "800.00");
        String doc = "益财预〔2024〕12号";
        List<List<Object>> rows = new ArrayList<>(List.of(
                row(doc, "追加", "A1", "", new BigDecimal("2000"), LocalDate.of(2024, 6, 1), "增加办公经费"),     // 2
                row(doc, "追减", "A2", "", "150.00", "2024-06-01", ""),                                       // 3
                row("益财预〔2024〕13号", "调剂", "A1", "A2", "500", "2024/6/2", "调剂"),                         // 4
                row("益财预〔2024〕13号", "调剂", "A1", "", "100", "2024-06-02", ""),                            // 5
                row(doc, "追加", "L-NONE", "", "100", "2024-06-01", ""),                                      // 6
                row("益财预〔2024〕15号", "追减", "A2", "", "99999", "2024-06-01", ""),                          // 7
                row(doc, "调增", "A1", "", "100", "2024-06-01", ""),                                          // 8
                row(doc, "追加", "A1", "", "2,000.00", "2024-06-01", "重复一行"),                                // 9
                row("益财预〔2024〕14号", "追加", "A1", "", "-100", "2024-06-01", ""),                           // 10
                row("益财预〔2024〕14号", "追加", "A1", "", "100", "2023-12-01", "")));                          // 11
        Map<Long, String> bad = new TreeMap<>(Map.of(5L, "MISSING_FIELD", 6L, "UNKNOWN_LINE",
                7L, "REDUCTION_EXCEEDS_AVAILABLE", 8L, "INVALID_TYPE", 9L, "DUPLICATE_ROW", 10L, "INVALID_AMOUNT",
                11L, "INVALID_DATE"));
        Path xlsx = dir.resolve("调整文件.xlsx");
        VoucherSheetFixture.writeXlsx(xlsx, HEADERS, rows);

        JsonNode preview = upload("mode=preview", xlsx).expect(200).json();
        assertThat(preview.path("rows").asLong()).isEqualTo(10);
        assertThat(refusals(preview)).isEqualTo(bad);
        assertThat(preview.path("accepted").asLong()).isEqualTo(3);
        assertThat(find(preview, 5).path("document").asText()).isEqualTo("益财预〔2024〕13号");
        assertThat(find(preview, 5).path("message").asText()).contains("缺少调入指标");
        assertThat(find(preview, 8).path("message").asText()).contains("调整类型“调增”无法识别");
        assertThat(pending(api).path("total").asLong()).as("a preview proposes nothing").isZero();

        JsonNode commit = upload("mode=commit", xlsx).expect(200).json();
        assertThat(commit.path("recorded").asLong()).isEqualTo(3);
        JsonNode pending = pending(api);
        assertThat(pending.path("total").asLong()).isEqualTo(3);
        assertThat(full(api, "A1")).as("a proposal changes no line").isEqualByComparingTo("5000.00");

        JsonNode again = upload("mode=commit", xlsx).expect(200).json();
        assertThat(again.path("recorded").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(3);
        assertThat(pending(api).path("total").asLong()).isEqualTo(3);

        rows.get(1).set(4, "160.00");
        VoucherSheetFixture.writeXlsx(xlsx, HEADERS, rows);
        JsonNode changed = upload("mode=commit", xlsx).expect(200).json();
        assertThat(find(changed, 3).path("code").asText()).isEqualTo("ADJUSTMENT_CHANGED");
        assertThat(pending(api).path("total").asLong()).isEqualTo(3);

        JsonNode supplement = null;
        for (JsonNode p : pending.path("items")) {
            if ("SUPPLEMENT".equals(p.path("direction").asText())) {
                supplement = p;
            }
        }
        assertThat(supplement).isNotNull();
        assertThat(supplement.path("document").asText()).isEqualTo(doc);
        assertThat(supplement.path("reason").asText()).isEqualTo("增加办公经费");
        assertThat(supplement.path("proposedBy").asText()).isEqualTo(OPERATOR);
        api.as(TestUsers.CHECKER).post(Recording.yearPath(D, 2024) + "/proposals/"
                + supplement.path("proposalId").asText() + "/approve", body()).expect(201);
        assertThat(full(api, "A1")).isEqualByComparingTo("7000.00");
        assertThat(pending(api).path("total").asLong()).isEqualTo(2);
    }

    private Api.Response upload(String query, Path file) throws Exception {
        return Upload.sheet(port, OPERATOR, D, 2024, "adjustments", query, file, null);
    }

    private static JsonNode pending(Api api) {
        return api.get(Recording.yearPath(D, 2024) + "/proposals?status=PENDING").expect(200).json();
    }

    private static BigDecimal full(Api api, String lineId) {
        for (JsonNode line : api.get(Recording.yearPath(D, 2024)).json().path("lines")) {
            if (line.path("lineId").asText().equals(lineId)) {
                return new BigDecimal(line.path("full").asText());
            }
        }
        throw new AssertionError("no line " + lineId);
    }
}
