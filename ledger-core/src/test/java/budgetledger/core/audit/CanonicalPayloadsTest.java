package budgetledger.core.audit;

import budgetledger.core.yearend.FiscalYearOpened;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPayloadsTest {

    @Test
    void theTextHashedWhenEmittedIsTheTextStoredAndIsProducedOnce() {
        FiscalYearOpened event = new FiscalYearOpened("d1", "单位", 2024, List.of(), "SHA-256");

        String hashed = CanonicalPayloads.of(event);
        String stored = CanonicalPayloads.take(event);

        assertThat(stored).isSameAs(hashed).isEqualTo(LedgerJson.canonical(event));
        // taken once: a second request (another store of the same object) computes it again, equal but new
        assertThat(CanonicalPayloads.take(event)).isNotSameAs(hashed).isEqualTo(hashed);
    }

    @Test
    void anEqualEventThatWasNotHashedOnThisThreadIsCanonicalizedWhenStored() {
        FiscalYearOpened hashed = new FiscalYearOpened("d1", "单位", 2024, List.of(), null);
        FiscalYearOpened other = new FiscalYearOpened("d1", "单位", 2024, List.of(), null);
        String text = CanonicalPayloads.of(hashed);

        assertThat(CanonicalPayloads.take(other)).isNotSameAs(text).isEqualTo(text).doesNotContain("hashAlgorithm");
        assertThat(CanonicalPayloads.take(hashed)).isSameAs(text);
    }
}
