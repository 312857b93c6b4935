package budgetledger.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding window of failed sign-ins, on a clock the test moves. */
class SignInLimiterTest {
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2025-04-15T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresLockAUsernameUntilTheOldestLeavesTheWindow() {
        MovableClock clock = new MovableClock();
        SignInLimiter limiter = new SignInLimiter(5, 20, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 4; i++) {
            limiter.failed("Zhu", "10.0.0.1");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(limiter.lockedFor("zhu", "10.0.0.2")).isEmpty();
        limiter.failed("zhu", "10.0.0.1");
        assertThat(limiter.lockedFor("ZHU", "10.0.0.2")).hasValueSatisfying(d ->
                assertThat(d).isEqualTo(Duration.ofMinutes(11))); // the first failure leaves the window in 11 min
        assertThat(limiter.lockedFor("wang", "10.0.0.2")).isEmpty();

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(limiter.lockedFor("zhu", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernameButNotTheAddress() {
        SignInLimiter limiter = new SignInLimiter(5, 6, Duration.ofMinutes(15), new MovableClock());
        for (int i = 0; i < 4; i++) {
            limiter.failed("zhu", "10.0.0.1");
        }
        limiter.succeeded("zhu");
        limiter.failed("zhu", "10.0.0.1");
        assertThat(limiter.lockedFor("zhu", "10.0.0.9")).isEmpty();
        limiter.failed("li", "10.0.0.1");
        assertThat(limiter.lockedFor("wang", "10.0.0.1")).isPresent(); // six from this address
        assertThat(limiter.lockedFor("wang", "10.0.0.2")).isEmpty();
    }
}
