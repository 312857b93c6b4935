package budgetledger.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The direct parse of recorded times and business dates gives exactly what {@code Instant.parse} gives. */
class IsoTimesTest {

    @Test
    void randomInstantsAsTheLedgerWritesThemParseBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(0, 4_102_444_800L); // 1970 … 2100
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoTimes.instant(instant.toString())).isEqualTo(instant);
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(0, 47_482));
            assertThat(IsoTimes.date(date.toString())).isEqualTo(date);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T08:00:00+08:00", "2024-03-01T24:00:00Z", "2024-03-01T08:00:00.5Z"})
    void otherIsoFormsFallBackToTheFormatter(String text) {
        assertThat(IsoTimes.instant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T08:00:00Z", "2024-13-01T08:00:00Z", "2024-0x-01T08:00:00Z", "2024-03-01T25:00:00Z", "2024-03-01T08:00Z"})
    void invalidTimesAreRefusedAsTheFormatterRefusesThem(String text) {
        assertThatThrownBy(() -> IsoTimes.instant(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void invalidDatesAreRefused() {
        assertThatThrownBy(() -> IsoTimes.date("2023-02-29")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aTypedInstantMayCarryAnOffsetOrZ() {
        Instant expected = Instant.parse("2025-04-15T15:59:59Z");
        assertThat(IsoTimes.withOffset("2025-04-15T23:59:59+08:00")).isEqualTo(expected);
        assertThat(IsoTimes.withOffset(" 2025-04-15T15:59:59Z ")).isEqualTo(expected);
        assertThat(IsoTimes.asOf("2025-04-15T23:59:59+08:00")).isEqualTo(expected);
        assertThat(IsoTimes.asOf(null)).isNull();
        assertThat(IsoTimes.asOf("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-04-15", "2025-04-15T23:59:59"})
    void anAsOfThatIsNoInstantIsRefusedInChinese(String text) {
        assertThatThrownBy(() -> IsoTimes.asOf(text)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("asOf 须为 ISO-8601 时间").hasMessageContaining(text)
                .extracting(e -> ((LedgerException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    }

    /** An instant past what the database keeps (asOf=+999999999-12-31T23:59:59Z gave a 500) is refused in Chinese. */
    @Test
    void aTypedInstantOutsideTheYearsOneToNineThousandNineHundredNinetyNineIsRefused() {
        assertThatThrownBy(() -> IsoTimes.parse("+999999999-12-31T23:59:59Z", "asOf"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("asOf 超出可用范围");
        assertThatThrownBy(() -> IsoTimes.asOf("-0001-01-01T00:00:00Z"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("超出可用范围");
        assertThat(IsoTimes.asOf("9999-12-31T23:59:59Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }
}
