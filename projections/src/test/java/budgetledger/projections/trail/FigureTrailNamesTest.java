package budgetledger.projections.trail;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.fold.LedgerView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** A trail is asked for by name from a URL: an unknown name is not found, a rate or a comparison is not additive. */
class FigureTrailNamesTest {

    @Test
    void anUnknownNameIsNotFoundBeforeAnyReplay() {
        assertThatThrownBy(() -> FigureTrail.of("d/2024", List.of(), null, "expenditure.totl", null, null, null))
                .asInstanceOf(type(LedgerException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .extracting(Throwable::getMessage).asString().contains("expenditure.totl");
    }

    @Test
    void ratesScoresAndComparisonsAreRefusedAsNotAdditive() {
        for (String name : List.of("execution.rate", "income.share.other", "evaluation.score.total", "evaluation.grade",
                "prior.expenditure.total", "change.expenditure.total", "change.expenditure.total.rate")) {
            assertThatThrownBy(() -> FigureTrail.requireAdditive(name)).as(name)
                    .asInstanceOf(type(LedgerException.class))
                    .extracting(LedgerException::code).isEqualTo(ErrorCode.INVALID_REQUEST);
        }
    }

    @Test
    void amountsCountsAndCodesAreAdditive() {
        for (String name : List.of("expenditure.total", "staff.actual", "expenditure.economic.30201",
                "threePublic.vehicles.actual")) {
            assertThat(FigureTrail.requireAdditive(name).key()).isEqualTo(name);
        }
    }

    @Test
    void aCodeNothingWasEverSpentOnHasNoTrail() {
        assertThatThrownBy(() -> FigureTrail.of("d/2024", List.of(), LedgerView.empty("d/2023"),
                "expenditure.economic.39999", null, null, null))
                .asInstanceOf(type(LedgerException.class))
                .extracting(LedgerException::code).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
