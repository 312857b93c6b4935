package budgetledger.core.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An edition written as changes to an earlier one: renames, additions, and removals that take their 项 along. */
class EditionFilesTest {

    @Test
    void aFullEditionListsItsCodes() {
        assertThat(EditionFiles.codes("edition-test", 1)).containsEntry("20101", "人大事务")
                .containsKeys("201", "2010101", "216", "21605", "2160501").hasSize(6);
    }

    @Test
    void aChangedEditionRenamesAddsAndRemovesWithDescendants() {
        var changed = EditionFiles.codes("edition-test", 2);
        assertThat(changed).containsEntry("20101", "人大事务（改名）").containsEntry("21699", "其他商业服务业等支出")
                .doesNotContainKeys("21605", "2160501").containsKeys("201", "2010101", "216");
        // the base edition is untouched by its successor
        assertThat(EditionFiles.codes("edition-test", 1)).containsEntry("20101", "人大事务").containsKey("2160501");
    }

    @Test
    void removingACodeTheBaseLacksIsAnErrorInTheData() {
        assertThatThrownBy(() -> EditionFiles.codes("edition-test", 3)).hasMessageContaining("removes 21605");
    }

    @Test
    void aBaseMustBeAnEarlierEdition() {
        assertThatThrownBy(() -> EditionFiles.codes("edition-test", 4)).hasMessageContaining("earlier edition");
    }
}
