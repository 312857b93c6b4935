package budgetledger.core.ledger;

import budgetledger.core.classification.ProjectCategory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.performance.ProjectRegistered;
import budgetledger.core.performance.RegisterProject;
import org.junit.jupiter.api.Test;

import static budgetledger.core.ledger.LedgerFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A department's own project category (OWN with its name), and events recorded before it still replay. */
class OwnProjectCategoryTest {

    @Test
    void aProjectInTheDepartmentsOwnCategoryCarriesItsName() {
        ledgerFixture().givenCommands(openYear())
                .when(new RegisterProject(DEPT, YEAR, "V1", "村级组织运转补助", ProjectCategory.OWN, null, " 村级补助 "))
                .expectEvents(new ProjectRegistered(DEPT, YEAR, "V1", "村级组织运转补助", ProjectCategory.OWN, null,
                        "村级补助"));
    }

    @Test
    void anOwnCategoryNeedsItsNameAndAShippedOneTakesNone() {
        ledgerFixture().givenCommands(openYear())
                .when(new RegisterProject(DEPT, YEAR, "V1", "村级组织运转补助", ProjectCategory.OWN, null, " "))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
        ledgerFixture().givenCommands(openYear())
                .when(new RegisterProject(DEPT, YEAR, "V1", "村级组织运转补助", ProjectCategory.BUSINESS, null, "村级补助"))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("categoryName 只用于自定类别"))
                .expectNoEvents();
    }

    @Test
    void aRegistrationRecordedBeforeOwnCategoriesReadsBack() throws Exception {
        String stored = "{\"departmentId\":\"d\",\"year\":2024,\"projectCode\":\"P1\",\"name\":\"专项\","
                + "\"category\":\"SPECIAL\",\"implementingUnit\":\"机关\"}";
        ProjectRegistered e = budgetledger.core.audit.LedgerJson.mapper().readValue(stored, ProjectRegistered.class);
        assertThat(e).isEqualTo(new ProjectRegistered("d", 2024, "P1", "专项", ProjectCategory.SPECIAL, "机关"));
        assertThat(e.categoryName()).isNull();
    }
}
