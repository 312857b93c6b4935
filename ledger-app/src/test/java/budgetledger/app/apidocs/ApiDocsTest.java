package budgetledger.app.apidocs;

import budgetledger.app.security.CommandCatalogue;
import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document as a script writer reads it: one typed operation per command, the product named. */
class ApiDocsTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;

    JsonNode docs;
    Api reviewer;

    @BeforeEach
    void read() {
        reviewer = new Api(port).withToken(TestUsers.at(port).user("docs-reader-" + System.nanoTime(),
                TestUsers.roles(Role.REVIEWER), List.of()));
        docs = reviewer.get("/v3/api-docs").expect(200).json();
    }

    @Test
    void theProductAndItsVersionAreNamed() {
        assertThat(docs.at("/info/title").asText()).contains("预算执行账本").contains("Budget-execution ledger");
        assertThat(docs.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void recordExpenditureHasItsOwnTypedSchema() {
        JsonNode schema = docs.at("/components/schemas/RecordExpenditure");
        assertThat(names(schema.path("properties"))).contains("amount", "economicCode", "lineId", "businessDate",
                "payee", "procurement").doesNotContain("departmentId", "year");
        assertThat(texts(schema.path("required"))).contains("amount", "economicCode", "lineId", "expenditureId",
                "businessDate").doesNotContain("payee", "summary", "procurement", "receptionBatches");
        JsonNode amount = schema.at("/properties/amount");
        assertThat(amount.path("type").asText()).isEqualTo("string");
        assertThat(amount.path("format").asText()).isEqualTo("decimal");
        assertThat("1280.00").matches(amount.path("pattern").asText());
        assertThat("12.345").doesNotMatch(amount.path("pattern").asText());
        assertThat(schema.at("/properties/businessDate/format").asText()).isEqualTo("date");
    }

    @Test
    void declaredComparativesAreAMapOfAmountsByFigureName() {
        JsonNode figures = docs.at("/components/schemas/DeclarePriorYearFigures/properties/figures");
        assertThat(figures.path("type").asText()).isEqualTo("object");
        assertThat(figures.at("/additionalProperties/format").asText()).isEqualTo("decimal");
        assertThat(texts(docs.at("/components/schemas/DeclareOpeningBalances/required")))
                .contains("lines", "document").doesNotContain("priorYearInLedger");
    }

    @Test
    void enumValuesCarryTheirChineseMeaning() {
        JsonNode kind = docs.at("/components/schemas/RecordAppropriation/properties/kind");
        assertThat(texts(kind.path("enum"))).containsExactly("BASIC_PERSONNEL", "BASIC_PUBLIC", "PROJECT");
        assertThat(kind.path("description").asText()).contains("BASIC_PUBLIC 基本支出-公用经费");
        assertThat(docs.at("/components/schemas/RecordAppropriation/properties/fundNature/description").asText())
                .contains("GENERAL_PUBLIC 一般公共预算");
        assertThat(docs.at("/components/schemas/DefineIndicator/properties/operator/description").asText())
                .contains("EQ =").contains("GE ≥").contains("QUALITATIVE 定性").contains("也接受表格写法");
        // the server reads the forms' symbols too, so a validating client must not refuse them
        assertThat(texts(docs.at("/components/schemas/DefineIndicator/properties/operator/enum")))
                .contains("GE", "LE", "EQ", "GT", "LT", "QUALITATIVE", "≥", "≤", "=", "＞", "＜", "定性");
        assertThat(texts(kind.path("enum"))).doesNotContain("基本支出-公用经费");
        JsonNode staff = docs.at("/components/schemas/DeclareEstablishment/properties/staff");
        assertThat(staff.path("type").asText()).isEqualTo("array");
        assertThat(staff.at("/items/$ref").asText()).isEqualTo("#/components/schemas/StaffGroup");
        assertThat(names(docs.at("/components/schemas/StaffGroup/properties"))).contains("category", "authorized");
    }

    @Test
    void everyCatalogueCommandIsAnOperationOfItsOwn() {
        for (CommandCatalogue.Entry e : CommandCatalogue.routed()) {
            CommandCatalogue.Route route = e.route().orElseThrow();
            JsonNode op = docs.path("paths").path(route.path()).path("post");
            assertThat(op.path("operationId").asText()).as(route.path()).isEqualTo(e.name());
            assertThat(op.at("/requestBody/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/" + e.name());
            List<String> parameters = new ArrayList<>();
            op.path("parameters").forEach(p -> parameters.add(p.path("in").asText() + ":" + p.path("name").asText()));
            route.pathFields().forEach(f -> assertThat(parameters).as(e.name()).contains("path:" + f));
            List<String> bodyFields = names(docs.at("/components/schemas/" + e.name() + "/properties"));
            route.pathFields().forEach(f -> assertThat(bodyFields).as(e.name()).doesNotContain(f));
        }
        JsonNode reversal = docs.path("paths")
                .path("/api/v1/departments/{departmentId}/years/{year}/expenditures/{expenditureId}/reversal").path("post");
        assertThat(reversal.path("operationId").asText()).isEqualTo("ReverseExpenditure");
        assertThat(reversal.path("summary").asText()).contains("冲销");
        assertThat(reversal.at("/requestBody/required").asBoolean()).isTrue(); // reason and businessDate
        JsonNode approve = docs.path("paths")
                .path("/api/v1/departments/{departmentId}/years/{year}/proposals/{proposalId}/approve").path("post");
        assertThat(approve.at("/requestBody/required").asBoolean()).isFalse(); // everything is in the path
        // the generic routes that serve them are not documented as such
        assertThat(docs.path("paths").has(CommandCatalogue.YEAR_COMMAND)).isFalse();
        assertThat(docs.path("paths").has(CommandCatalogue.ITEM_COMMAND)).isFalse();
        assertThat(docs.at("/paths/~1api~1v1~1departments/get").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1api~1v1~1departments/post/operationId").asText()).isEqualTo("RegisterDepartment");
        assertThat(docs.toString()).doesNotContain("AdjustBudget\"", "TransferBudget\"");
    }

    @Test
    void theCommandListAndSwaggerUiShowTheSameCatalogue() {
        JsonNode list = reviewer.get("/api/v1/commands").expect(200).json().path("catalogue");
        assertThat(list.size()).isEqualTo(CommandCatalogue.all().size());
        JsonNode reversal = null;
        for (JsonNode n : list) {
            if (n.path("name").asText().equals("ReverseExpenditure")) {
                reversal = n;
            }
        }
        assertThat(reversal).isNotNull();
        assertThat(reversal.path("route").asText())
                .isEqualTo("POST /api/v1/departments/{departmentId}/years/{year}/expenditures/{expenditureId}/reversal");
        assertThat(texts(reversal.path("pathFields"))).containsExactly("departmentId", "year", "expenditureId");
        assertThat(texts(reversal.path("roles"))).containsExactly("RECORDER");
        assertThat(reversal.path("title").asText()).isEqualTo("冲销支出");
        assertThat(reviewer.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void fieldsTheLedgerFillsAreNotAsked() {
        assertThat(names(docs.at("/components/schemas/SubmitSelfEvaluation/properties")))
                .doesNotContain("scoreTotal", "grade", "figuresHash");
        assertThat(names(docs.at("/components/schemas/OpenFiscalYear/properties")))
                .contains("year", "hashAlgorithm", "carryOverFromPriorYear").doesNotContain("carriedLines", "departmentId");
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
