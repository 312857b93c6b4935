package budgetledger.app.support;

import static budgetledger.app.support.Api.body;

/**
 * Recording ledger facts through the REST API, each call asserting it was accepted (201). Test data with real
 * classification codes: 2013201 组织事务/行政运行, 30201 办公费, 30211 差旅费, 30217 公务接待费.
 */
public final class Recording {
    public static final String FUNCTIONAL = "2013201";
    public static final String OFFICE = "30201";
    private final Api api;

    public Recording(Api api) {
        this.api = api;
    }

    public static String yearPath(String department, int year) {
        return "/api/v1/departments/" + department + "/years/" + year;
    }

    public Api.Response department(String id) {
        return api.post("/api/v1/departments", body("departmentId", id, "name", "测试单位" + id)).expect(201);
    }

    public Api.Response year(String department, int year) {
        return api.post("/api/v1/departments/" + department + "/years", body("year", year)).expect(201);
    }

    /** Registers the department and opens the year. */
    public void ledger(String department, int year) {
        department(department);
        year(department, year);
    }

    public Api.Response appropriation(String department, int year, String lineId, String amount) {
        return api.post(yearPath(department, year) + "/appropriations", appropriationBody(year, lineId, amount)).expect(201);
    }

    public static Object appropriationBody(int year, String lineId, String amount) {
        return body("lineId", lineId, "kind", "BASIC_PUBLIC", "fundNature", "GENERAL_PUBLIC",
                "functionalCode", FUNCTIONAL, "amount", amount, "initial", true, "businessDate", year + "-01-05");
    }

    /** A supplement (追加) that takes effect: proposed by this client, approved by {@link TestUsers#CHECKER}. */
    public Api.Response supplement(String department, int year, String lineId, String amount) {
        return approve(api, yearPath(department, year), proposeSupplement(department, year, lineId, amount));
    }

    /** Only the proposal of a supplement: one event, no effect until approved. */
    public Api.Response proposeSupplement(String department, int year, String lineId, String amount) {
        return api.post(yearPath(department, year) + "/adjustments", body("lineId", lineId, "direction", "SUPPLEMENT",
                "amount", amount, "businessDate", year + "-03-01")).expect(201);
    }

    /** Maker–checker: the proposal just made (a 201 answer with its id) approved by {@link TestUsers#CHECKER}. */
    public static Api.Response approve(Api proposer, String yearPath, Api.Response proposed) {
        String id = proposed.expect(201).json().path("id").asText();
        return proposer.as(TestUsers.CHECKER).post(yearPath + "/proposals/" + id + "/approve", body()).expect(201);
    }

    public Api.Response expenditure(String department, int year, String id, String lineId, String amount) {
        return api.post(yearPath(department, year) + "/expenditures", expenditureBody(year, id, lineId, amount)).expect(201);
    }

    public static java.util.Map<String, Object> expenditureBody(int year, String id, String lineId, String amount) {
        return body("expenditureId", id, "lineId", lineId, "amount", amount, "businessDate", year + "-02-10",
                "economicCode", OFFICE, "payee", "益阳市某文具店", "voucherNo", "记-" + id, "summary", "办公用品");
    }

    public Api.Response reversal(String department, int year, String expenditureId) {
        return api.post(yearPath(department, year) + "/expenditures/" + expenditureId + "/reversal",
                body("reason", "金额录入错误", "businessDate", year + "-03-10")).expect(201);
    }
}
