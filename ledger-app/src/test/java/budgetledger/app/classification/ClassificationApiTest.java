package budgetledger.app.classification;

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

/** The classification catalogue of 2024 over the API, as a recorder looks a code up. */
class ClassificationApiTest extends PostgresIntegrationTest {
    @LocalServerPort
    int port;

    Api recorder;

    @BeforeEach
    void signIn() {
        recorder = new Api(port).withToken(TestUsers.at(port).user("cls-" + System.nanoTime(),
                TestUsers.roles(Role.RECORDER), List.of("somewhere")));
    }

    @Test
    void functionalCodesOf2024WithTheirLevelsAndParents() {
        JsonNode listing = recorder.get("/api/v1/classification/2024/functional").expect(200).json();
        assertThat(listing.path("year").asInt()).isEqualTo(2024);
        JsonNode items = listing.path("items");
        assertThat(items.size()).isGreaterThan(100);
        JsonNode general = find(items, "201");
        assertThat(general.path("name").asText()).isEqualTo("一般公共服务支出");
        assertThat(general.path("level").asInt()).isEqualTo(1);
        assertThat(general.path("levelName").asText()).isEqualTo("类");
        assertThat(general.has("parent")).isFalse();
        JsonNode item = find(items, "2013201");
        assertThat(item.path("level").asInt()).isEqualTo(3);
        assertThat(item.path("levelName").asText()).isEqualTo("项");
        assertThat(item.path("parent").asText()).isEqualTo("20132");
        // the 2019 edition is in force: 类 210 is 卫生健康支出, no longer 医疗卫生与计划生育支出
        assertThat(find(items, "210").path("name").asText()).isEqualTo("卫生健康支出");
    }

    /** 增补科目 over the API: the administrator's alone; the added code is then usable in that department-year. */
    @Test
    void anAdministratorAddsACodeTheCatalogueLacksToADepartmentYear() {
        String dept = "cls-add-" + System.nanoTime() % 1_000_000;
        Api admin = new Api(port).as(TestUsers.OPERATOR);
        new budgetledger.app.support.Recording(admin).ledger(dept, 2024);
        String year = budgetledger.app.support.Recording.yearPath(dept, 2024);
        Api clerk = new Api(port).withToken(TestUsers.at(port).user("cls-clerk-" + System.nanoTime(),
                TestUsers.roles(Role.RECORDER, Role.APPROVER), List.of(dept)));
        Object kuan = Api.body("kind", "FUNCTIONAL", "code", "20208", "name", "国际发展合作",
                "document", "财政部《2024年政府收支分类科目》");
        Object xiang = Api.body("kind", "FUNCTIONAL", "code", "2020801", "name", "国际发展合作事务",
                "document", "财政部《2024年政府收支分类科目》");
        Object line = Api.body("lineId", "IDC", "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC",
                "functionalCode", "2020801", "amount", "100.00", "initial", true, "businessDate", "2024-01-05");
        assertThat(clerk.post(year + "/appropriations", line).expect(422).raw()).contains("2020801");
        assertThat(clerk.post(year + "/classification-codes", kuan).expect(403).code()).isNotBlank();
        admin.post(year + "/classification-codes", kuan).expect(201);
        admin.post(year + "/classification-codes", xiang).expect(201);
        assertThat(admin.post(year + "/classification-codes", xiang).expect(409).code())
                .isEqualTo("CODE_ALREADY_IN_CATALOGUE");
        clerk.post(year + "/appropriations", line).expect(201);
    }

    @Test
    void economicCodesCarryTheirThreePublicCategory() {
        JsonNode items = recorder.get("/api/v1/classification/2024/economic").expect(200).json().path("items");
        JsonNode reception = find(items, "30217");
        assertThat(reception.path("name").asText()).isEqualTo("公务接待费");
        assertThat(reception.path("parent").asText()).isEqualTo("302");
        assertThat(reception.path("threePublic").asText()).isEqualTo("reception");
        assertThat(reception.path("threePublicName").asText()).isEqualTo("公务接待费");
        assertThat(find(items, "30231").path("threePublic").asText()).isEqualTo("vehicleOperation");
        assertThat(find(items, "30201").has("threePublic")).isFalse();
    }

    @Test
    void searchByCodePrefixOrChineseName() {
        List<String> byPrefix = codes(recorder.get("/api/v1/classification/2024/economic?q=3021").expect(200).json());
        assertThat(byPrefix).isNotEmpty().allMatch(c -> c.startsWith("3021")).contains("30211", "30217");
        List<String> byName = codes(recorder.get("/api/v1/classification/2024/economic?q=接待").expect(200).json());
        assertThat(byName).containsExactly("30217");
        List<String> functional = codes(recorder.get("/api/v1/classification/2024/functional?q=组织事务").expect(200).json());
        assertThat(functional).contains("20132").allMatch(c -> c.startsWith("20132"));
        assertThat(codes(recorder.get("/api/v1/classification/2024/economic?q=不存在的名称").expect(200).json())).isEmpty();
    }

    @Test
    void aYearWithoutACatalogueIs404InChinese() {
        Api.Response r = recorder.get("/api/v1/classification/1990/economic");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(r.json().path("detail").asText()).contains("1990").contains("分类科目");
        assertThat(recorder.get("/api/v1/classification/123456/functional").status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get("/api/v1/classification/2024/functional").status()).isEqualTo(401);
    }

    /** Each year lists its own edition: 2018 and 2021 name 21305 differently, 224 exists only from 2019. */
    @Test
    void eachYearShowsItsEditionsCodesAndNames() {
        JsonNode y2018 = recorder.get("/api/v1/classification/2018/functional").expect(200).json().path("items");
        JsonNode y2021 = recorder.get("/api/v1/classification/2021/functional").expect(200).json().path("items");
        assertThat(find(y2018, "21305").path("name").asText()).isEqualTo("扶贫");
        assertThat(recorder.get("/api/v1/classification/2023/functional").expect(200).json().path("edition").asInt())
                .isEqualTo(2023);
        assertThat(find(y2021, "21305").path("name").asText()).isEqualTo("巩固脱贫衔接乡村振兴");
        assertThat(find(y2018, "210").path("name").asText()).isEqualTo("医疗卫生与计划生育支出");
        assertThat(codes(recorder.get("/api/v1/classification/2018/functional?q=224").expect(200).json())).isEmpty();
        assertThat(find(y2021, "224").path("name").asText()).isEqualTo("灾害防治及应急管理支出");
        JsonNode commerce = find(y2021, "21602");
        assertThat(commerce.path("name").asText()).isEqualTo("商业流通事务");
        assertThat(commerce.path("parent").asText()).isEqualTo("216");
        assertThat(find(y2021, "2040601").path("parent").asText()).isEqualTo("20406");
    }

    @Test
    void theGovernmentEconomicClassificationIsListedForReference() {
        JsonNode listing = recorder.get("/api/v1/classification/2024/government-economic").expect(200).json();
        assertThat(listing.path("kind").asText()).isEqualTo("government-economic");
        assertThat(listing.path("edition").asInt()).isEqualTo(2018);
        JsonNode wages = find(listing.path("items"), "50101");
        assertThat(wages.path("name").asText()).isEqualTo("工资奖金津补贴");
        assertThat(wages.path("parent").asText()).isEqualTo("501");
        assertThat(wages.path("levelName").asText()).isEqualTo("款");
        assertThat(recorder.get("/api/v1/classification/2017/government-economic").status()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode n : items) {
            if (n.path("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no code " + code);
    }

    private static List<String> codes(JsonNode listing) {
        List<String> out = new ArrayList<>();
        listing.path("items").forEach(n -> out.add(n.path("code").asText()));
        return out;
    }
}
