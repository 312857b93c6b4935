package budgetledger.app.security;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static budgetledger.app.support.Api.body;
import static budgetledger.app.support.Recording.yearPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maker–checker over the API: an adjustment or transfer is a proposal with no effect on the available budget; a
 * different approver of the department makes it take effect, and both names are in the event; the proposer cannot
 * approve their own; a rejection needs a reason; nobody can name the proposer or approver through the body.
 */
class MakerCheckerApiTest extends PostgresIntegrationTest {
    private static final AtomicInteger N = new AtomicInteger();

    @LocalServerPort
    int port;
    String d;
    String y;
    Api recorder;
    Api approverA;
    Api approverB;
    Api foreignApprover;

    @BeforeEach
    void ledger() {
        Api operator = new Api(port);
        d = "mc" + N.incrementAndGet();
        y = yearPath(d, 2024);
        Recording rec = new Recording(operator);
        rec.ledger(d, 2024);
        rec.appropriation(d, 2024, "L1", "1000.00");
        rec.appropriation(d, 2024, "L2", "200.00");
        TestUsers users = TestUsers.at(port);
        recorder = operator.withToken(users.user(d + "-zhu", TestUsers.roles(Role.RECORDER), List.of(d)));
        approverA = operator.withToken(users.user(d + "-wang", TestUsers.roles(Role.APPROVER), List.of(d)));
        approverB = operator.withToken(users.user(d + "-zhao", TestUsers.roles(Role.APPROVER), List.of(d)));
        foreignApprover = operator.withToken(users.user(d + "-li", TestUsers.roles(Role.APPROVER), List.of("elsewhere")));
    }

    private JsonNode line(String lineId) {
        for (JsonNode l : approverA.get(y).expect(200).json().path("lines")) {
            if (l.path("lineId").asText().equals(lineId)) {
                return l;
            }
        }
        throw new AssertionError("no line " + lineId);
    }

    private String propose(Api who, String amount) {
        return who.post(y + "/adjustments", body("lineId", "L1", "direction", "SUPPLEMENT", "amount", amount,
                "businessDate", "2024-03-01", "audit", body("reason", "年中追加", "document", "益财预指〔2024〕44号")))
                .expect(201).json().path("id").asText();
    }

    @Test
    void aProposalHasNoEffectUntilADifferentApproverApprovesIt() {
        String id = propose(recorder, "500.00");

        assertThat(line("L1").path("full").asText()).isEqualTo("1000.00");
        assertThat(line("L1").path("available").asText()).isEqualTo("1000.00");
        Api.Response overspend = recorder.post(y + "/expenditures", Recording.expenditureBody(2024, "E1", "L1", "1200.00"));
        assertThat(overspend.code()).isEqualTo("BUDGET_EXCEEDED");
        JsonNode pending = recorder.get(y + "/proposals?status=PENDING").expect(200).json();
        assertThat(pending.path("total").asInt()).isEqualTo(1);
        assertThat(pending.path("items").get(0).path("proposedBy").asText()).isEqualTo(d + "-zhu");
        assertThat(pending.path("items").get(0).path("amount").asText()).isEqualTo("500.00");

        // a recorder may not approve, nor an approver of another department
        Api.Response byRecorder = recorder.post(y + "/proposals/" + id + "/approve", body());
        assertThat(byRecorder.code()).isEqualTo("FORBIDDEN");
        // the refusal names the role the action needs and the roles the user has
        assertThat(byRecorder.json().path("detail").asText()).contains("“审批通过提议”需要以下角色之一：审核（APPROVER）",
                "当前用户的角色：录入（RECORDER）");
        Api.Response byForeign = foreignApprover.post(y + "/proposals/" + id + "/approve", body());
        assertThat(byForeign.code()).isEqualTo("FORBIDDEN");
        assertThat(byForeign.json().path("detail").asText()).contains("只能由预算单位 " + d + " 的用户执行", "当前用户不属于该单位");
        assertThat(line("L1").path("available").asText()).isEqualTo("1000.00");

        Api.Response approved = approverA.post(y + "/proposals/" + id + "/approve", body()).expect(201);
        assertThat(approved.json().path("id").asText()).isEqualTo(id);

        assertThat(line("L1").path("full").asText()).isEqualTo("1500.00");
        assertThat(line("L1").path("available").asText()).isEqualTo("1500.00");
        recorder.post(y + "/expenditures", Recording.expenditureBody(2024, "E1", "L1", "1200.00")).expect(201);
        JsonNode effect = approverA.get(y + "/events?type=BudgetAdjusted").expect(200).json().path("items").get(0);
        assertThat(effect.path("proposedBy").asText()).isEqualTo(d + "-zhu");
        assertThat(effect.path("approvedBy").asText()).isEqualTo(d + "-wang");
        assertThat(effect.path("recordedBy").asText()).isEqualTo(d + "-wang");
        assertThat(effect.path("proposalId").asText()).isEqualTo(id);
        assertThat(effect.path("document").asText()).isEqualTo("益财预指〔2024〕44号");
        String stored = Sql.string(dbUrl, "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%BudgetAdjusted'", d + "/2024");
        assertThat(stored).contains("\"proposedBy\":\"" + d + "-zhu\"").contains("\"approvedBy\":\"" + d + "-wang\"");
        assertThat(approverB.get(y + "/proposals").json().path("items").get(0).path("status").asText()).isEqualTo("APPROVED");

        // decided once
        assertThat(approverB.post(y + "/proposals/" + id + "/approve", body()).code()).isEqualTo("PROPOSAL_DECIDED");
        assertThat(line("L1").path("full").asText()).isEqualTo("1500.00");
        assertThat(approverA.get("/api/v1/audit/verify?department=" + d).status()).isEqualTo(403); // auditors only
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        String id = propose(approverA, "100.00");
        long stored = Sql.events(dbUrl);

        Api.Response own = approverA.post(y + "/proposals/" + id + "/approve", body());

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.code()).isEqualTo("SELF_APPROVAL");
        assertThat(own.json().path("title").asText()).contains("不能审批自己");
        assertThat(Sql.events(dbUrl)).isEqualTo(stored);
        assertThat(line("L1").path("full").asText()).isEqualTo("1000.00");
        // the second approver can
        approverB.post(y + "/proposals/" + id + "/approve", body()).expect(201);
        assertThat(line("L1").path("full").asText()).isEqualTo("1100.00");
    }

    @Test
    void aRejectionNeedsAReasonAndTheProposalNeverTakesEffect() {
        String id = recorder.post(y + "/transfers", body("fromLineId", "L1", "toLineId", "L2", "amount", "300.00",
                "businessDate", "2024-05-01")).expect(201).json().path("id").asText();

        Api.Response noReason = approverA.post(y + "/proposals/" + id + "/reject", body());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("INVALID_REQUEST");

        approverA.post(y + "/proposals/" + id + "/reject", body("reason", "调剂须附财政局批复")).expect(201);

        JsonNode rejected = recorder.get(y + "/proposals").json().path("items").get(0);
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectionReason").asText()).isEqualTo("调剂须附财政局批复");
        assertThat(rejected.path("decidedBy").asText()).isEqualTo(d + "-wang");
        assertThat(approverB.post(y + "/proposals/" + id + "/approve", body()).code()).isEqualTo("PROPOSAL_DECIDED");
        assertThat(line("L1").path("full").asText()).isEqualTo("1000.00");
        assertThat(line("L2").path("full").asText()).isEqualTo("200.00");
        assertThat(recorder.get(y + "/events?type=BudgetTransferred").json().path("total").asInt()).isZero();
    }

    @Test
    void nobodyNamesTheProposerOrApproverThroughTheBody() {
        String id = recorder.post(y + "/adjustments", body("lineId", "L1", "direction", "SUPPLEMENT", "amount", "10.00",
                "businessDate", "2024-03-01", "audit", body("recordedBy", "财政局长", "proposedBy", "财政局长",
                        "approvedBy", "财政局长"))).expect(201).json().path("id").asText();
        // not even a claim to be someone else lets the proposer approve: the approver is who signs the request
        assertThat(recorder.post(y + "/proposals/" + id + "/approve", body("audit", body("recordedBy", "财政局长")))
                .code()).isEqualTo("FORBIDDEN");
        approverA.post(y + "/proposals/" + id + "/approve",
                body("audit", body("recordedBy", "财政局长", "approvedBy", "财政局长", "proposedBy", "某人"))).expect(201);

        JsonNode proposed = recorder.get(y + "/events?type=BudgetAdjustmentProposed").json().path("items").get(0);
        assertThat(proposed.path("recordedBy").asText()).isEqualTo(d + "-zhu");
        assertThat(proposed.path("proposedBy").asText()).isEqualTo(d + "-zhu");
        assertThat(proposed.path("approvedBy").isNull()).isTrue();
        JsonNode effect = recorder.get(y + "/events?type=BudgetAdjusted").json().path("items").get(0);
        assertThat(effect.path("proposedBy").asText()).isEqualTo(d + "-zhu");
        assertThat(effect.path("approvedBy").asText()).isEqualTo(d + "-wang");
        assertThat(effect.path("recordedBy").asText()).isEqualTo(d + "-wang");
    }

    @Test
    void aDirectAdjustmentIsNotAnApiCommand() {
        // the direct AdjustBudget of the import has no route; the route "adjustments" is the proposal
        JsonNode catalogue = recorder.get("/api/v1/commands").expect(200).json();
        assertThat(catalogue.path("yearRoutes").path("adjustments").asText()).isEqualTo("ProposeBudgetAdjustment");
        assertThat(catalogue.path("yearRoutes").path("transfers").asText()).isEqualTo("ProposeBudgetTransfer");
        assertThat(recorder.post(y + "/adjust-budget", body()).status()).isEqualTo(404);
    }
}
