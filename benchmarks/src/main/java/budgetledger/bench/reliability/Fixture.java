package budgetledger.bench.reliability;

import budgetledger.app.ledger.LedgerCommandService;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.security.TokenService;
import budgetledger.app.security.UserService;
import budgetledger.bench.LedgerApp;
import budgetledger.core.ledger.CommandLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every scenario starts from, written before the app processes start — in this process, through the ledger's own
 * services on the same database (so it is the ledger's own history, hash chains and all): an operator who holds every
 * role for every department with an API token, and the department-years the scenario names, each with its budget
 * lines. The year is {@link #YEAR}, in the past, so every business date is valid whatever today is.
 */
final class Fixture {
    static final int YEAR = 2024;
    static final String OPERATOR = "rel-operator";

    private Fixture() {
    }

    /** A department-year to set up: its id and its lines (line id → amount in 元, two decimals). */
    record Department(String id, Map<String, String> lines) {
    }

    /** Sets up the departments and returns the operator's API token. */
    static String setUp(String jdbcUrl, Path work, List<Department> departments) {
        try (LedgerApp app = LedgerApp.startAt(jdbcUrl, false,
                "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
                "ledger.data-dir=" + work.resolve("fixture-data"), "ledger.seal.key-file=" + work.resolve("seal.key"))) {
            LedgerCommandService commands = app.bean(LedgerCommandService.class);
            for (Department d : departments) {
                for (String line : commands(d)) {
                    commands.execute(CommandLine.parse(line), "bench", true);
                }
            }
            UserService users = app.bean(UserService.class);
            users.create(OPERATOR, new UserService.Changes("可靠性测试操作员", "rel-" + UUID.randomUUID(),
                    List.of(Role.RECORDER.name(), Role.APPROVER.name(), Role.AUDITOR.name(), Role.ADMIN.name()),
                    List.of(LedgerUser.ALL_DEPARTMENTS), true), "bench");
            String token = app.bean(TokenService.class).create(OPERATOR, "reliability", 1).token();
            app.awaitViews(120);
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> commands(Department d) {
        String audit = ",\"audit\":{\"reason\":\"可靠性测试\"}}";
        String scope = "\"departmentId\":\"" + d.id() + "\",\"year\":" + YEAR;
        var lines = new java.util.ArrayList<>(List.of(
                "{\"command\":\"RegisterDepartment\",\"departmentId\":\"" + d.id() + "\",\"name\":\"测试单位 " + d.id() + "\"" + audit,
                "{\"command\":\"OpenFiscalYear\"," + scope + "}"));
        d.lines().forEach((lineId, amount) -> lines.add("{\"command\":\"RecordAppropriation\"," + scope + ",\"lineId\":\""
                + lineId + "\",\"kind\":\"BASIC_PUBLIC\",\"fundNature\":\"GENERAL_PUBLIC\",\"functionalCode\":\"2013201\","
                + "\"economicCode\":\"30201\",\"amount\":\"" + amount + "\",\"initial\":true,\"businessDate\":\"" + YEAR
                + "-01-05\"" + audit));
        return lines;
    }

    /** A valid 办公费 expenditure on {@code lineId}, as a clerk sends it. */
    static String expenditure(String id, String lineId, String amount) {
        return "{\"expenditureId\":\"" + id + "\",\"lineId\":\"" + lineId + "\",\"amount\":\"" + amount
                + "\",\"businessDate\":\"" + YEAR + "-06-30\",\"economicCode\":\"30201\",\"payee\":\"文具店\","
                + "\"voucherNo\":\"记-" + id + "\",\"summary\":\"办公用品\"}";
    }

    static String expenditurePath(String department) {
        return "/api/v1/departments/" + department + "/years/" + YEAR + "/expenditures";
    }
}
