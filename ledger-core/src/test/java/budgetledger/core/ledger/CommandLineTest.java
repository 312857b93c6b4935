package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.budget.RecordAppropriation;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.department.Department;
import budgetledger.core.expenditure.RecordExpenditure;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Executable;
import java.util.Map;
import java.util.stream.Stream;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One JSON shape for an import line and an API body: the command's fields, its name, and an audit object. */
class CommandLineTest {
    private static final String EXPENDITURE = """
            {"command":"RecordExpenditure","departmentId":"yiyang-zzb","year":2024,"expenditureId":"E1",
             "lineId":"L-PUBLIC","amount":"%s","businessDate":"2024-06-30","economicCode":"30217",
             "payee":"市委接待中心","receptionBatches":2,"receptionPersons":9,"procurement":false,
             "audit":{"reason":"接待检查组","document":"记-0602","idempotencyKey":"k-1","recordedBy":"finance-li",
                      "recordedAt":"2024-07-01T08:00:00Z","approvedBy":" ","unknownKey":"x","proposedBy":null}}
            """;

    static void assertRefused(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void readsACommandWithItsAuditFacts() {
        CommandLine line = CommandLine.parse(EXPENDITURE.formatted("800.00"));
        assertThat(line.name()).isEqualTo("RecordExpenditure");
        assertThat(line.command()).isEqualTo(new RecordExpenditure(DEPT, YEAR, "E1", PUBLIC_LINE, yuan("800.00"), JUNE_30,
                RECEPTION, "市委接待中心", null, null, 2, 9, false));
        assertThat(line.audit()).containsEntry("reason", "接待检查组").doesNotContainKey("proposedBy");
    }

    @Test
    void auditBecomesCommandMetadataWithTheOriginalTimeAsMigration() {
        Map<String, String> meta = CommandLine.parse(EXPENDITURE.formatted("800.00")).metadata();
        assertThat(meta).containsExactlyInAnyOrderEntriesOf(Map.of(
                AuditKeys.REASON, "接待检查组",
                AuditKeys.DOCUMENT, "记-0602",
                AuditKeys.IDEMPOTENCY_KEY, "k-1",
                AuditKeys.RECORDED_BY, "finance-li",
                AuditKeys.MIGRATED_RECORDED_AT, "2024-07-01T08:00:00Z"));
    }

    @Test
    void readsEnumsAndOptionalFields() {
        CommandLine line = CommandLine.parse("""
                {"command":"RecordAppropriation","departmentId":"yiyang-zzb","year":2024,"lineId":"L1",
                 "kind":"BASIC_PUBLIC","fundNature":"GENERAL_PUBLIC","functionalCode":"2013201",
                 "amount":"3322800.00","initial":true,"businessDate":"2024-01-02"}""");
        assertThat(line.command()).isEqualTo(new RecordAppropriation(DEPT, YEAR, "L1", LineKind.BASIC_PUBLIC,
                FundNature.GENERAL_PUBLIC, null, ADMIN_OPERATION, null, null, yuan("3322800.00"), true, JAN_2));
        assertThat(line.audit()).isEmpty();
        assertThat(line.metadata()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "abc", "0.001"})
    void refusesABadAmountAsAnInvalidAmount(String amount) {
        assertRefused(ErrorCode.INVALID_AMOUNT, () -> CommandLine.parse(EXPENDITURE.formatted(amount)));
    }

    @Test
    void refusesAnUnknownCommand() {
        assertRefused(ErrorCode.INVALID_REQUEST, () -> CommandLine.parse("{\"command\":\"DeleteExpenditure\"}"));
    }

    @Test
    void refusesALineWithoutCommandName() {
        assertRefused(ErrorCode.INVALID_REQUEST, () -> CommandLine.parse("{\"departmentId\":\"yiyang-zzb\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"command\":", "[1,2]", "\"RecordExpenditure\"", "", "null"})
    void refusesWhatIsNotOneJsonObject(String json) {
        assertRefused(ErrorCode.INVALID_REQUEST, () -> CommandLine.parse(json));
    }

    @Test
    void refusesAFieldOfTheWrongType() {
        assertRefused(ErrorCode.INVALID_REQUEST, () -> CommandLine.parse(
                "{\"command\":\"ReverseExpenditure\",\"departmentId\":\"yiyang-zzb\",\"year\":\"next\"}"));
        assertRefused(ErrorCode.INVALID_REQUEST, () -> CommandLine.parse(
                "{\"command\":\"RecordAppropriation\",\"kind\":\"CAPITAL\"}"));
    }

    @Test
    void ignoresUnknownFields() {
        CommandLine line = CommandLine.parse(
                "{\"command\":\"ReverseExpenditure\",\"departmentId\":\"yiyang-zzb\",\"year\":2024,"
                        + "\"expenditureId\":\"E1\",\"reason\":\"录错\",\"businessDate\":\"2024-06-30\",\"note\":\"x\"}");
        assertThat(line.command()).isEqualTo(new budgetledger.core.expenditure.ReverseExpenditure(DEPT, YEAR, "E1",
                "录错", JUNE_30));
    }

    @Test
    void everyCommandTheAggregatesHandleHasAName() {
        Stream<Executable> handlers = Stream.of(DepartmentYearLedger.class, Department.class)
                .flatMap(c -> Stream.concat(Stream.of(c.getDeclaredMethods()), Stream.of(c.getDeclaredConstructors())))
                .filter(h -> h.isAnnotationPresent(CommandHandler.class));
        assertThat(handlers.map(h -> h.getParameterTypes()[0]).toList())
                .hasSizeGreaterThanOrEqualTo(18)
                .allSatisfy(type -> assertThat(Commands.byName(type.getSimpleName())).contains(type));
        assertThat(Commands.byName(null)).isEmpty();
        assertThat(Commands.byName("Nope")).isEmpty();
    }
}
