package budgetledger.core.department;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.common.ErrorCode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static budgetledger.core.ledger.LedgerFixture.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** A department only exists and has a name; the rules are about what makes a valid one. */
class DepartmentTest {
    private AggregateTestFixture<Department> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Department.class);
    }

    @Test
    void registersDepartmentWithItsTrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment("yiyang-zzb", "  中共益阳市委组织部 "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DepartmentRegistered("yiyang-zzb", "中共益阳市委组织部"))
                .expectState(department -> assertThat(department.name()).isEqualTo("中共益阳市委组织部"));
    }

    @Test
    void registrationCarriesAuditFactsButNotTransportKeys() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment("yiyang-zzb", "中共益阳市委组织部"),
                        Map.of(AuditKeys.RECORDED_BY, "admin", AuditKeys.REASON, "初始化", "traceId", "t-9"))
                .expectEventsMatching(new BaseMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    public boolean matches(Object actual) {
                        EventMessage<?> event = (EventMessage<?>) ((List<?>) actual).get(0);
                        assertThat(event.getMetaData())
                                .containsEntry(AuditKeys.RECORDED_BY, "admin")
                                .containsEntry(AuditKeys.REASON, "初始化")
                                .doesNotContainKey("traceId");
                        return true;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a registration with audit metadata");
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void refusesBlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment("yiyang-zzb", name))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void refusesMissingName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment("yiyang-zzb", null))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yiyang-ZZB", "yiyang zzb", "-yiyang", "益阳组织部", "yiyang/zzb"})
    void refusesDepartmentIdThatIsNotUrlSafe(String departmentId) {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment(departmentId, "中共益阳市委组织部"))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void refusesDepartmentIdLongerThan64Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment("a".repeat(65), "名称"))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void acceptsDepartmentIdOf64Characters() {
        String id = "a".repeat(64);
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment(id, "名称"))
                .expectEvents(new DepartmentRegistered(id, "名称"));
    }

    /** The registry chain: given the previous registration's hash, the registration links to it over its own content. */
    @Test
    void aRegistrationLinksToThePreviousOneWhenGivenItsHash() {
        String prev = "ab".repeat(32);
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartment("d-2", "第二单位"), Map.of(AuditKeys.RECORDED_BY, "admin",
                        AuditKeys.PREV_HASH, prev))
                .expectEventsMatching(new BaseMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    public boolean matches(Object actual) {
                        EventMessage<?> event = (EventMessage<?>) ((List<?>) actual).get(0);
                        Map<String, Object> meta = event.getMetaData();
                        assertThat(meta).containsEntry(AuditKeys.PREV_HASH, prev)
                                .containsEntry(AuditKeys.HASH_ALG, budgetledger.core.audit.HashChain.SHA_256);
                        assertThat(meta.get(AuditKeys.HASH)).isEqualTo(budgetledger.core.audit.HashChain.link(
                                budgetledger.core.audit.HashChain.SHA_256, prev, DepartmentRegistered.class.getName(),
                                "{\"departmentId\":\"d-2\",\"name\":\"第二单位\"}", meta));
                        return true;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a registration linked to the previous one");
                    }
                });
    }
}
